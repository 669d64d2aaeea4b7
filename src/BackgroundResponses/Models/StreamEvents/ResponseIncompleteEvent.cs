using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a response finishes as incomplete (wire type <c>response.incomplete</c>).</summary>
public sealed class ResponseIncompleteEvent : ResponseLifecycleEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.incomplete";
}
