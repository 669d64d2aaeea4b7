using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A chunk of a file found by a <see cref="FileSearchCallItem"/>.</summary>
public sealed class FileSearchResult
{
    /// <summary>Gets or sets the id of the file.</summary>
    public string? FileId { get; set; }

    /// <summary>Gets or sets the text retrieved from the file.</summary>
    public string? Text { get; set; }

    /// <summary>Gets or sets the name of the file.</summary>
    public string? Filename { get; set; }

    /// <summary>Gets or sets the attributes of the vector store file: up to 16 keys, each a string, a number or a boolean (spec <c>VectorStoreFileAttributes</c>).</summary>
    public IDictionary<string, JsonElement>? Attributes { get; set; }

    /// <summary>Gets or sets the relevance score, between 0 and 1.</summary>
    public double? Score { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
