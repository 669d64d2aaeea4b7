using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The bundle of an inline skill (spec <c>InlineSkillSourceParam</c>).</summary>
public sealed class ShellInlineSkillSource
{
    /// <summary>Gets or sets the encoding; always <c>base64</c>, the default.</summary>
    [JsonPropertyOrder(-1)]
    public string? Type { get; set; } = "base64";

    /// <summary>Gets or sets the media type of the bundle; always <c>application/zip</c>, the default.</summary>
    public string? MediaType { get; set; } = "application/zip";

    /// <summary>Gets or sets the base64-encoded zip bundle; required by the API.</summary>
    public string? Data { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
