using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A search of vector stores by the model (type <c>file_search_call</c>, spec <c>FileSearchToolCall</c>).</summary>
public sealed class FileSearchCallItem : ResponseItem
{
    private IList<string> _queries = new List<string>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "file_search_call";

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>searching</c>, <c>completed</c>, <c>incomplete</c> or <c>failed</c>.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Gets or sets the queries used. Never <see langword="null"/>.</summary>
    public IList<string> Queries
    {
        get => _queries;
        set => _queries = value ?? new List<string>();
    }

    /// <summary>Gets or sets the results, returned when <c>file_search_call.results</c> is included; <see langword="null"/> otherwise.</summary>
    public IList<FileSearchResult>? Results { get; set; }
}
