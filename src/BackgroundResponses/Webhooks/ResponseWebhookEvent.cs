using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A webhook event about a background response that reached a final status (<c>response.*</c>); fetch the response by <see cref="ResponseId"/> to read its output.</summary>
public abstract class ResponseWebhookEvent : WebhookEvent
{
    /// <summary>Gets or sets the event payload; its <c>id</c> is also available as <see cref="ResponseId"/>.</summary>
    [JsonRequired]
    public WebhookEventData Data { get; set; } = new();

    /// <summary>Gets the ID of the response (<c>resp_…</c>) the event is about (<c>data.id</c>).</summary>
    [JsonIgnore]
    public string ResponseId => Data.Id;
}
