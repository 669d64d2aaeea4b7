using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A safety check on a <see cref="ComputerCallItem"/> (spec <c>ComputerCallSafetyCheckParam</c>).</summary>
public sealed class ComputerSafetyCheck
{
    /// <summary>Gets or sets the id of the check.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the type of the check.</summary>
    public string? Code { get; set; }

    /// <summary>Gets or sets details about the check.</summary>
    public string? Message { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
