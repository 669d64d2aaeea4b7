using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Who called a tool (spec <c>ToolCallCaller</c>): the model directly (<c>direct</c>) or a program (<c>program</c>).</summary>
/// <remarks>Both kinds share one class: they differ only in <see cref="CallerId"/>.</remarks>
public sealed class ToolCallCaller
{
    /// <summary>Gets or sets the kind of caller: <c>direct</c> or <c>program</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the id of the calling program, for a <c>program</c> caller.</summary>
    public string? CallerId { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
