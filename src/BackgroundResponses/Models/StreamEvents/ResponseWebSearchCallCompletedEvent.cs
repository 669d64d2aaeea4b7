using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a web search call is completed (wire type <c>response.web_search_call.completed</c>).</summary>
public sealed class ResponseWebSearchCallCompletedEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.web_search_call.completed";

    /// <summary>Gets or sets the index of the output item that the web search call is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique ID for the output item associated with the web search call.</summary>
    public string ItemId { get; set; } = string.Empty;
}
