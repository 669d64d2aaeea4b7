using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A webhook event about a fine-tuning job that reached a final status (<c>fine_tuning.job.*</c>).</summary>
public abstract class FineTuningJobWebhookEvent : WebhookEvent
{
    /// <summary>Gets or sets the event payload; its <c>id</c> is also available as <see cref="FineTuningJobId"/>.</summary>
    [JsonRequired]
    public WebhookEventData Data { get; set; } = new();

    /// <summary>Gets the ID of the fine-tuning job (<c>ftjob_…</c>) the event is about (<c>data.id</c>).</summary>
    [JsonIgnore]
    public string FineTuningJobId => Data.Id;
}
