using System.Text.Json;

namespace BackgroundResponses;

/// <summary>A webhook event of a type this SDK does not model, kept as its raw JSON and written back verbatim.</summary>
/// <remarks>Its signature was verified like any other; only its shape is unknown. <see cref="WebhookEvent.Id"/> and <see cref="WebhookEvent.CreatedAt"/> are filled from the JSON when present.</remarks>
public sealed class UnknownWebhookEvent : WebhookEvent, IRawJsonValue
{
    private readonly string _type;

    /// <summary>Initializes a new instance of the <see cref="UnknownWebhookEvent"/> class.</summary>
    /// <param name="rawJson">The whole event as JSON; it is copied.</param>
    public UnknownWebhookEvent(JsonElement rawJson)
    {
        RawJson = rawJson.Clone();
        _type = RawJson.GetStringProperty("type") ?? string.Empty;
        Id = RawJson.GetStringProperty("id") ?? string.Empty;
        Object = RawJson.GetStringProperty("object");
        if (RawJson.ValueKind == JsonValueKind.Object
            && RawJson.TryGetProperty("created_at", out var createdAt)
            && createdAt.ValueKind == JsonValueKind.Number
            && createdAt.TryGetInt64(out var seconds)
            && seconds >= MinUnixSeconds
            && seconds <= MaxUnixSeconds)
        {
            CreatedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
    }

    /// <summary>Gets the <c>type</c> of the event as sent, or an empty string when it had none.</summary>
    public override string Type => _type;

    /// <summary>Gets the whole event as it was read; this, not the other properties, is what is written.</summary>
    public JsonElement RawJson { get; }

    private static long MinUnixSeconds => DateTimeOffset.MinValue.ToUnixTimeSeconds();

    private static long MaxUnixSeconds => DateTimeOffset.MaxValue.ToUnixTimeSeconds();
}
