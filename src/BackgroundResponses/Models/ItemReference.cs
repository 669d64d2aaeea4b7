using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A reference, by <see cref="ResponseItem.Id"/>, to an item the server already has (type <c>item_reference</c>).</summary>
public sealed class ItemReference : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "item_reference";
}
