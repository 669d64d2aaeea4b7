using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The output of one command of a <see cref="ShellCallOutputItem"/> (spec <c>FunctionShellCallOutputContent</c>).</summary>
public sealed class ShellCallOutputContent
{
    /// <summary>Gets or sets the standard output.</summary>
    public string? Stdout { get; set; }

    /// <summary>Gets or sets the standard error.</summary>
    public string? Stderr { get; set; }

    /// <summary>Gets or sets how the command ended: it exited or timed out.</summary>
    public ShellCallOutcome? Outcome { get; set; }

    /// <summary>Gets or sets the identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
