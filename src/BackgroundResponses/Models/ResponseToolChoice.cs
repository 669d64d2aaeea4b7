using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How the model selects tools (spec <c>ToolChoiceParam</c>): a mode (<see cref="None"/>, <see cref="Auto"/>,
/// <see cref="Required"/>), one named function (<see cref="ForFunction"/>), or any other documented
/// object shape (allowed tools, hosted tool types, MCP, custom) through <see cref="FromJson"/>.
/// </summary>
/// <remarks>When not set, the server uses <c>auto</c> if tools are given.</remarks>
[JsonConverter(typeof(ResponseToolChoiceJsonConverter))]
public sealed class ResponseToolChoice
{
    private const string FunctionType = "function";

    private ResponseToolChoice(string? mode, JsonElement? json)
    {
        Mode = mode;
        Json = json;
    }

    /// <summary>Gets <c>"none"</c>: the model calls no tool and answers with a message.</summary>
    public static ResponseToolChoice None { get; } = new("none", null);

    /// <summary>Gets <c>"auto"</c>: the model chooses between answering and calling tools.</summary>
    public static ResponseToolChoice Auto { get; } = new("auto", null);

    /// <summary>Gets <c>"required"</c>: the model must call at least one tool.</summary>
    public static ResponseToolChoice Required { get; } = new("required", null);

    /// <summary>Gets the mode string when the choice is written as a string, otherwise <see langword="null"/>.</summary>
    public string? Mode { get; }

    /// <summary>Gets the choice object when the choice is written as an object, otherwise <see langword="null"/>.</summary>
    public JsonElement? Json { get; }

    /// <summary>Gets the function name when this choice forces one function, otherwise <see langword="null"/>.</summary>
    public string? FunctionName =>
        Json is { ValueKind: JsonValueKind.Object } json
        && json.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals(FunctionType)
        && json.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null;

    /// <summary>Creates a choice that forces the model to call one function: <c>{"type":"function","name":…}</c>.</summary>
    /// <param name="name">The function name.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static ResponseToolChoice ForFunction(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ResponseToolChoice(null, JsonElementParser.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", FunctionType);
            writer.WriteString("name", name);
            writer.WriteEndObject();
        }));
    }

    /// <summary>Creates a choice from its JSON form: a mode string or a choice object, either kept verbatim.</summary>
    /// <param name="json">A JSON string or object.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentException"><paramref name="json"/> is neither a string nor an object.</exception>
    public static ResponseToolChoice FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => new ResponseToolChoice(json.GetString()!, null),
        JsonValueKind.Object => new ResponseToolChoice(null, json.Clone()),
        _ => throw new ArgumentException($"A tool choice is a JSON string or object, not {json.ValueKind}.", nameof(json)),
    };

    /// <summary>Creates a choice from a mode string, including modes this SDK does not know yet.</summary>
    /// <param name="mode">The mode, for example <c>auto</c>.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is null, empty or white space.</exception>
    public static ResponseToolChoice FromMode(string mode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mode);
        return new ResponseToolChoice(mode, null);
    }

    /// <summary>Returns the mode, or the JSON of the choice object.</summary>
    /// <returns>The choice as text.</returns>
    public override string ToString() => Mode ?? Json?.GetRawText() ?? string.Empty;
}
