using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The approximate location of the user of a <see cref="WebSearchTool"/> (spec <c>WebSearchApproximateLocation</c>, <c>ApproximateLocation</c>).</summary>
public sealed class WebSearchUserLocation
{
    /// <summary>Gets or sets the kind of location; the only documented value is <c>approximate</c>, which is also the default.</summary>
    public string? Type { get; set; } = "approximate";

    /// <summary>Gets or sets the two-letter ISO country code of the user, for example <c>US</c>.</summary>
    public string? Country { get; set; }

    /// <summary>Gets or sets the region of the user as free text, for example <c>California</c>.</summary>
    public string? Region { get; set; }

    /// <summary>Gets or sets the city of the user as free text, for example <c>San Francisco</c>.</summary>
    public string? City { get; set; }

    /// <summary>Gets or sets the IANA time zone of the user, for example <c>America/Los_Angeles</c>.</summary>
    public string? Timezone { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
