using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a file search is currently searching (wire type <c>response.file_search_call.searching</c>).</summary>
public sealed class ResponseFileSearchCallSearchingEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.file_search_call.searching";

    /// <summary>Gets or sets the index of the output item that the file search call is searching.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the ID of the output item that the file search call is initiated.</summary>
    public string ItemId { get; set; } = string.Empty;
}
