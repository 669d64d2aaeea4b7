using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Options for a streamed response (spec <c>ResponseStreamOptions</c>); only meaningful when streaming.</summary>
public class ResponseStreamOptions
{
    /// <summary>
    /// Gets or sets whether delta events carry random <c>obfuscation</c> padding that normalizes payload sizes
    /// against side-channel attacks; the server default is <see langword="true"/>. Set <see langword="false"/>
    /// to save bandwidth on trusted network links.
    /// </summary>
    public bool? IncludeObfuscation { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
