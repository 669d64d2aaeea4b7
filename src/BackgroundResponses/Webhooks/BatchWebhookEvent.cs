using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A webhook event about a batch API request that reached a final status (<c>batch.*</c>).</summary>
public abstract class BatchWebhookEvent : WebhookEvent
{
    /// <summary>Gets or sets the event payload; its <c>id</c> is also available as <see cref="BatchId"/>.</summary>
    [JsonRequired]
    public WebhookEventData Data { get; set; } = new();

    /// <summary>Gets the ID of the batch (<c>batch_…</c>) the event is about (<c>data.id</c>).</summary>
    [JsonIgnore]
    public string BatchId => Data.Id;
}
