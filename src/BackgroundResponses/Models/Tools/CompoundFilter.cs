using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Combines filters with <c>and</c> or <c>or</c> (spec <c>CompoundFilter</c>); the filters may be compound themselves.</summary>
public sealed class CompoundFilter : FileSearchFilter
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Type => Operator.Value;

    /// <summary>Gets or sets how the filters combine, written as the filter's <c>type</c>; required by the API.</summary>
    [JsonPropertyName("type")]
    [JsonPropertyOrder(-1)]
    public CompoundFilterOperator Operator { get; set; }

    /// <summary>Gets or sets the filters to combine; required by the API.</summary>
    public IList<FileSearchFilter>? Filters { get; set; }

    /// <summary>Creates a filter that matches when every one of <paramref name="filters"/> matches.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filters"/> is <see langword="null"/>.</exception>
    public static CompoundFilter And(params IEnumerable<FileSearchFilter> filters) => Create(CompoundFilterOperator.And, filters);

    /// <summary>Creates a filter that matches when at least one of <paramref name="filters"/> matches.</summary>
    /// <param name="filters">The filters.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filters"/> is <see langword="null"/>.</exception>
    public static CompoundFilter Or(params IEnumerable<FileSearchFilter> filters) => Create(CompoundFilterOperator.Or, filters);

    private static CompoundFilter Create(CompoundFilterOperator combination, IEnumerable<FileSearchFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return new CompoundFilter { Operator = combination, Filters = [.. filters] };
    }
}
