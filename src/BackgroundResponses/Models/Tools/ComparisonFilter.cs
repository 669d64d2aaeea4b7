using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Compares one file attribute with a value (spec <c>ComparisonFilter</c>), for example <c>{"type":"eq","key":"region","value":"us"}</c>.</summary>
public sealed class ComparisonFilter : FileSearchFilter
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => Operator.Value;

    /// <summary>Gets or sets the comparison, written as the filter's <c>type</c>; required by the API.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public ComparisonOperator Operator { get; set; }

    /// <summary>Gets or sets the attribute to compare; required by the API.</summary>
    public string? Key { get; set; }

    /// <summary>Gets or sets the value to compare with: a string, number or boolean, or an array of strings and numbers for <c>in</c> and <c>nin</c>; required by the API.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>Creates a comparison with a string value.</summary>
    /// <param name="comparison">The operator, for example <see cref="ComparisonOperator.Equal"/>.</param>
    /// <param name="key">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public static ComparisonFilter Create(ComparisonOperator comparison, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Create(comparison, key, writer => writer.WriteStringValue(value));
    }

    /// <summary>Creates a comparison with a number value.</summary>
    /// <param name="comparison">The operator, for example <see cref="ComparisonOperator.GreaterThan"/>.</param>
    /// <param name="key">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    public static ComparisonFilter Create(ComparisonOperator comparison, string key, double value) =>
        Create(comparison, key, writer => writer.WriteNumberValue(value));

    /// <summary>Creates a comparison with a boolean value.</summary>
    /// <param name="comparison">The operator, for example <see cref="ComparisonOperator.Equal"/>.</param>
    /// <param name="key">The attribute.</param>
    /// <param name="value">The value.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    public static ComparisonFilter Create(ComparisonOperator comparison, string key, bool value) =>
        Create(comparison, key, writer => writer.WriteBooleanValue(value));

    /// <summary>Creates a comparison with a list of strings, for <see cref="ComparisonOperator.In"/> and <see cref="ComparisonOperator.NotIn"/>.</summary>
    /// <param name="comparison">The operator.</param>
    /// <param name="key">The attribute.</param>
    /// <param name="values">The values.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static ComparisonFilter Create(ComparisonOperator comparison, string key, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Create(comparison, key, writer =>
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        });
    }

    private static ComparisonFilter Create(ComparisonOperator comparison, string key, Action<Utf8JsonWriter> writeValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return new ComparisonFilter { Operator = comparison, Key = key, Value = JsonElementParser.Build(writeValue) };
    }
}
