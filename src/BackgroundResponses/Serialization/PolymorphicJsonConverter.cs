using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>
/// Reads and writes a family of types told apart by a <c>type</c> property (items, content parts,
/// annotations). Each family only supplies the discriminator table and its <c>Unknown*</c> fallback.
/// </summary>
/// <typeparam name="TBase">The abstract base of the family.</typeparam>
/// <remarks>
/// STJ's built-in <c>[JsonPolymorphic]</c> is not used: on net8.0 it needs the discriminator first,
/// and it cannot keep a value of an unknown type as raw JSON. Here the <c>type</c> property may sit
/// anywhere in the object, and unknown types round-trip byte for byte.
/// </remarks>
internal abstract class PolymorphicJsonConverter<TBase> : JsonConverter<TBase>
    where TBase : class
{
    /// <inheritdoc />
    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var typeInfo = reader.TokenType == JsonTokenType.StartObject ? FindTypeInfo(reader) : null;
        if (typeInfo is null)
        {
            return CreateUnknown(JsonElement.ParseValue(ref reader));
        }

        return (TBase?)JsonSerializer.Deserialize(ref reader, typeInfo);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);

        if (value is IRawJsonValue raw)
        {
            raw.RawJson.WriteTo(writer);
            return;
        }

        var typeInfo = Context.GetTypeInfo(value.GetType())
            ?? throw new NotSupportedException($"{value.GetType()} is not registered in {Context.GetType().Name}.");
        JsonSerializer.Serialize(writer, value, typeInfo);
    }

    /// <summary>Gets the context that registers the family's concrete types, for writing a value by its runtime type.</summary>
    protected virtual JsonSerializerContext Context => ResponsesJsonContext.Default;

    /// <summary>Maps a <c>type</c> value to the metadata of the class that reads it.</summary>
    /// <param name="typeValue">A reader positioned on the <c>type</c> string; compare it with <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/>.</param>
    /// <returns>The metadata, or <see langword="null"/> for a type this SDK does not know.</returns>
    protected abstract JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue);

    /// <summary>Maps a property of an object without a <c>type</c> to the class that reads it, for families where <c>type</c> is optional.</summary>
    /// <param name="propertyName">A reader positioned on a top-level property name.</param>
    /// <returns>The metadata, or <see langword="null"/> if this property says nothing about the type.</returns>
    protected virtual JsonTypeInfo? ResolveUntyped(ref Utf8JsonReader propertyName) => null;

    /// <summary>Maps an object whose only property is a string <c>id</c> (besides a <c>null</c> <c>type</c>), for families where such a bare reference means something.</summary>
    /// <returns>The metadata, or <see langword="null"/> to read the object as unknown.</returns>
    protected virtual JsonTypeInfo? ResolveIdOnly() => null;

    /// <summary>Wraps a value of an unknown or missing type.</summary>
    /// <param name="rawJson">The whole value as read.</param>
    /// <returns>The <c>Unknown*</c> instance that writes <paramref name="rawJson"/> back verbatim.</returns>
    protected abstract TBase CreateUnknown(JsonElement rawJson);

    /// <summary>Finds the metadata for a whole JSON value held in memory, without deserialising it.</summary>
    /// <param name="json">The value's UTF-8 bytes.</param>
    /// <returns>The metadata of the class that reads it, or <see langword="null"/> when it is not an object of a known type.</returns>
    /// <exception cref="JsonException">The JSON is malformed before its <c>type</c> is found, or the type value cannot be unescaped.</exception>
    /// <remarks>
    /// Lets a caller holding the bytes deserialise straight into the concrete type with the span overload, which
    /// skips this converter's second pass: going through <see cref="Read"/> costs STJ an extra full scan of the
    /// value (the reader overload of <c>Deserialize</c> skips the value to scope a new reader to it).
    /// </remarks>
    internal JsonTypeInfo? FindTypeInfo(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? FindTypeInfo(reader) : null;
        }
        catch (InvalidOperationException ex)
        {
            // A type value the reader accepts but cannot unescape (a lone surrogate such as "\udc00"). Inside the
            // serializer STJ reports that as a JsonException; called directly, this must too, or it escapes callers
            // that turn JsonException into their typed error.
            throw new JsonException($"The type of a {typeof(TBase).Name} could not be read: {ex.Message}", ex);
        }
    }

    // Works on a copy so the caller's reader stays on StartObject for the real read. STJ buffers the
    // whole value before calling a custom converter, so TrySkip only fails on malformed input.
    private JsonTypeInfo? FindTypeInfo(Utf8JsonReader scan)
    {
        JsonTypeInfo? untyped = null;
        var hasStringId = false;
        var onlyId = true;
        while (scan.Read() && scan.TokenType == JsonTokenType.PropertyName)
        {
            if (scan.ValueTextEquals("type"u8))
            {
                scan.Read();
                if (scan.TokenType == JsonTokenType.String)
                {
                    return ResolveType(ref scan);
                }

                onlyId &= scan.TokenType == JsonTokenType.Null;
            }
            else if (scan.ValueTextEquals("id"u8))
            {
                scan.Read();
                hasStringId = scan.TokenType == JsonTokenType.String;
            }
            else
            {
                onlyId = false;
                untyped ??= ResolveUntyped(ref scan);
                scan.Read();
            }

            if (!scan.TrySkip())
            {
                throw new JsonException($"Incomplete JSON while looking for the type of a {typeof(TBase).Name}.");
            }
        }

        return untyped ?? (onlyId && hasStringId ? ResolveIdOnly() : null);
    }
}
