using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Additional output data to include in a response (spec <c>IncludeEnum</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>When not set, nothing extra is included unless asked for.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<ResponseIncludable>))]
public readonly struct ResponseIncludable : IEquatable<ResponseIncludable>, IStringValue<ResponseIncludable>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ResponseIncludable"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"file_search_call.results"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ResponseIncludable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>file_search_call.results</c>: the search results of file search tool calls.</summary>
    public static ResponseIncludable FileSearchCallResults { get; } = new("file_search_call.results");

    /// <summary>Gets <c>web_search_call.results</c>: the search results of web search tool calls.</summary>
    public static ResponseIncludable WebSearchCallResults { get; } = new("web_search_call.results");

    /// <summary>Gets <c>web_search_call.action.sources</c>: the sources of web search tool calls.</summary>
    public static ResponseIncludable WebSearchCallActionSources { get; } = new("web_search_call.action.sources");

    /// <summary>Gets <c>message.input_image.image_url</c>: image URLs from the input messages.</summary>
    public static ResponseIncludable MessageInputImageImageUrl { get; } = new("message.input_image.image_url");

    /// <summary>Gets <c>computer_call_output.output.image_url</c>: image URLs from computer call outputs.</summary>
    public static ResponseIncludable ComputerCallOutputOutputImageUrl { get; } = new("computer_call_output.output.image_url");

    /// <summary>Gets <c>code_interpreter_call.outputs</c>: the outputs of code interpreter executions.</summary>
    public static ResponseIncludable CodeInterpreterCallOutputs { get; } = new("code_interpreter_call.outputs");

    /// <summary>Gets <c>reasoning.encrypted_content</c>: the encrypted reasoning content, needed to pass reasoning items back when the response is not stored.</summary>
    public static ResponseIncludable ReasoningEncryptedContent { get; } = new("reasoning.encrypted_content");

    /// <summary>Gets <c>message.output_text.logprobs</c>: log probabilities of the output text.</summary>
    public static ResponseIncludable MessageOutputTextLogprobs { get; } = new("message.output_text.logprobs");

    /// <summary>Gets the includable exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ResponseIncludable left, ResponseIncludable right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ResponseIncludable left, ResponseIncludable right) => !left.Equals(right);

    /// <summary>Converts a wire string to a includable.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ResponseIncludable(string value) => new(value);

    static ResponseIncludable IStringValue<ResponseIncludable>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ResponseIncludable other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseIncludable other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The includable as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
