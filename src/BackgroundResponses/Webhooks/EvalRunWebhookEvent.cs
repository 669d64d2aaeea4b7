using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A webhook event about an eval run that reached a final status (<c>eval.run.*</c>).</summary>
public abstract class EvalRunWebhookEvent : WebhookEvent
{
    /// <summary>Gets or sets the event payload; its <c>id</c> is also available as <see cref="EvalRunId"/>.</summary>
    [JsonRequired]
    public WebhookEventData Data { get; set; } = new();

    /// <summary>Gets the ID of the eval run (<c>evalrun_…</c>) the event is about (<c>data.id</c>).</summary>
    [JsonIgnore]
    public string EvalRunId => Data.Id;
}
