using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The <c>data</c> payload of the webhook events that only name the object they are about: a response, batch, eval run or fine-tuning job.</summary>
public sealed class WebhookEventData
{
    /// <summary>Gets or sets the ID of the object the event is about, for example <c>resp_…</c> or <c>batch_…</c>.</summary>
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
