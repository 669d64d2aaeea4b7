namespace BackgroundResponses;

/// <summary>
/// An open set of string values read from the wire (a status, a reason, a tier): known values get
/// named instances, unknown ones are kept as they came.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
/// <remarks>
/// Implemented by readonly structs such as <see cref="ResponseStatus"/>. The shared
/// <see cref="StringValueJsonConverter{T}"/> reads and writes any of them as a JSON string.
/// </remarks>
internal interface IStringValue<TSelf>
    where TSelf : struct, IStringValue<TSelf>
{
    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    string Value { get; }

    /// <summary>Creates an instance from a wire string, known or not.</summary>
    /// <param name="value">The wire string.</param>
    /// <returns>The instance that carries <paramref name="value"/>.</returns>
    static abstract TSelf FromWire(string value);
}
