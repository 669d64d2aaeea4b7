using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// An event OpenAI delivers to a webhook endpoint (spec top-level <c>webhooks:</c>, schemas <c>Webhook*</c>).
/// Obtain one from <see cref="ResponsesWebhookVerifier.Unwrap(string, IReadOnlyDictionary{string, string})"/>,
/// which checks the signature before reading the body.
/// </summary>
/// <remarks>An event of a type this SDK does not know is read as <see cref="UnknownWebhookEvent"/> and written back verbatim.</remarks>
[JsonConverter(typeof(WebhookEventJsonConverter))]
public abstract class WebhookEvent
{
    /// <summary>Gets the event type discriminator as on the wire, for example <c>response.completed</c>.</summary>
    public abstract string Type { get; }

    /// <summary>Gets or sets the unique ID of the event (<c>evt_…</c>); the same event redelivered keeps its ID, so it is the key for de-duplication.</summary>
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets when the event happened (<c>created_at</c>, unix seconds on the wire).</summary>
    [JsonRequired]
    [JsonConverter(typeof(UnixTimestampJsonConverter))]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets the object kind, always <c>event</c> when sent; <see langword="null"/> when absent.</summary>
    public string? Object { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
