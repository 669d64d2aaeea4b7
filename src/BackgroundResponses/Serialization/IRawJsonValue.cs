using System.Text.Json;

namespace BackgroundResponses;

/// <summary>
/// A polymorphic value of a kind this SDK does not know, kept as the JSON it was read from so that
/// <see cref="PolymorphicJsonConverter{TBase}"/> can write it back verbatim.
/// </summary>
internal interface IRawJsonValue
{
    /// <summary>Gets the whole JSON value as it was read.</summary>
    JsonElement RawJson { get; }
}
