using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>
/// The one reader and writer of the spec's "a string or a list of X" unions (a request's input, a function's
/// output): a JSON string becomes the text form, a JSON array the list form, and each is written back as it was.
/// </summary>
/// <typeparam name="TUnion">The union type.</typeparam>
/// <typeparam name="TItem">The element type of the list form.</typeparam>
internal abstract class TextOrListJsonConverter<TUnion, TItem> : JsonConverter<TUnion>
    where TUnion : class
{
    /// <summary>Gets the metadata of the list form; its items use whatever converter <typeparamref name="TItem"/> declares.</summary>
    protected abstract JsonTypeInfo<List<TItem>> ListTypeInfo { get; }

    /// <summary>Gets the metadata of one item.</summary>
    protected abstract JsonTypeInfo<TItem> ItemTypeInfo { get; }

    /// <summary>Gets a name for error messages, for example "the input".</summary>
    protected abstract string Description { get; }

    /// <inheritdoc />
    public override TUnion? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => FromText(reader.GetString()!),
            JsonTokenType.StartArray => FromList(JsonSerializer.Deserialize(ref reader, ListTypeInfo)!),
            _ => throw new JsonException($"Expected a JSON string or array for {Description}, found {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TUnion value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (GetText(value) is { } text)
        {
            writer.WriteStringValue(text);
            return;
        }

        writer.WriteStartArray();
        foreach (var item in GetList(value))
        {
            JsonSerializer.Serialize(writer, item, ItemTypeInfo);
        }

        writer.WriteEndArray();
    }

    /// <summary>Creates the text form.</summary>
    protected abstract TUnion FromText(string text);

    /// <summary>Creates the list form.</summary>
    protected abstract TUnion FromList(List<TItem> items);

    /// <summary>Gets the text, or <see langword="null"/> for the list form.</summary>
    protected abstract string? GetText(TUnion value);

    /// <summary>Gets the list of the list form.</summary>
    protected abstract IList<TItem> GetList(TUnion value);
}
