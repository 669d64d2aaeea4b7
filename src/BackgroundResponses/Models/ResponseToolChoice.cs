using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How the model selects tools (spec <c>ToolChoiceParam</c>): a mode (<see cref="None"/>, <see cref="Auto"/>,
/// <see cref="Required"/>), one named function (<see cref="ForFunction"/>), a set of allowed tools
/// (<see cref="ForAllowedTools"/>), a hosted tool type (<see cref="ForHostedTool"/>), an MCP tool
/// (<see cref="ForMcp"/>), a custom tool (<see cref="ForCustom"/>), or any other shape through <see cref="FromJson"/>.
/// </summary>
/// <remarks>
/// When not set, the server uses <c>auto</c> if tools are given. An object choice is kept as its JSON, so a form
/// this SDK does not know round-trips unchanged; the typed getters read that JSON.
/// </remarks>
[JsonConverter(typeof(ResponseToolChoiceJsonConverter))]
public sealed class ResponseToolChoice
{
    private const string FunctionType = "function";
    private const string AllowedToolsType = "allowed_tools";
    private const string McpType = "mcp";
    private const string CustomType = "custom";

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

    /// <summary>Gets the <c>type</c> of an object choice, for example <c>allowed_tools</c> or <c>web_search_preview</c>, otherwise <see langword="null"/>.</summary>
    public string? Type => Json is { } json ? JsonElementParser.TryGetType(json) : null;

    /// <summary>Gets the function name when this choice forces one function, otherwise <see langword="null"/>.</summary>
    public string? FunctionName => Type == FunctionType ? GetString("name") : null;

    /// <summary>Gets the mode of an allowed-tools choice (<c>auto</c> or <c>required</c>), otherwise <see langword="null"/>.</summary>
    public AllowedToolsMode? AllowedToolsMode => Type == AllowedToolsType && GetString("mode") is { } mode ? new BackgroundResponses.AllowedToolsMode(mode) : default(BackgroundResponses.AllowedToolsMode?);

    /// <summary>
    /// Gets the tools of an allowed-tools choice, read as typed tools (a tool of an unknown type as
    /// <see cref="RawResponseTool"/>), otherwise <see langword="null"/>. Each call reads them anew.
    /// </summary>
    /// <exception cref="JsonException">A tool in the list has no string <c>type</c>.</exception>
    public IReadOnlyList<ResponseTool>? AllowedTools =>
        Type == AllowedToolsType && Json!.Value.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array
            ? tools.Deserialize(ResponsesJsonContext.Default.ListResponseTool)
            : null;

    /// <summary>
    /// Gets the hosted tool type when this choice forces a built-in tool (<c>{"type":"file_search"}</c>,
    /// <c>web_search_preview</c>, <c>computer_use_preview</c>, <c>code_interpreter</c>, <c>image_generation</c>,
    /// <c>shell</c>, <c>apply_patch</c>, …), otherwise <see langword="null"/>.
    /// </summary>
    public string? HostedToolType => Type is { } type and not (FunctionType or AllowedToolsType or McpType or CustomType) ? type : null;

    /// <summary>Gets the server label when this choice forces a tool of an MCP server, otherwise <see langword="null"/>.</summary>
    public string? McpServerLabel => Type == McpType ? GetString("server_label") : null;

    /// <summary>Gets the tool name of an MCP choice, or <see langword="null"/> when it names none (any tool of the server) or is not an MCP choice.</summary>
    public string? McpToolName => Type == McpType ? GetString("name") : null;

    /// <summary>Gets the tool name when this choice forces a custom tool, otherwise <see langword="null"/>.</summary>
    public string? CustomToolName => Type == CustomType ? GetString("name") : null;

    /// <summary>Creates a choice that forces the model to call one function: <c>{"type":"function","name":…}</c>.</summary>
    /// <param name="name">The function name.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static ResponseToolChoice ForFunction(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Named(FunctionType, name);
    }

    /// <summary>Creates a choice that forces the model to call one custom tool: <c>{"type":"custom","name":…}</c>.</summary>
    /// <param name="name">The name of the custom tool.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static ResponseToolChoice ForCustom(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Named(CustomType, name);
    }

    /// <summary>Creates a choice that forces the model to use a tool of an MCP server: <c>{"type":"mcp","server_label":…,"name":…}</c>.</summary>
    /// <param name="serverLabel">The label of the server.</param>
    /// <param name="name">The tool to call, or <see langword="null"/> to let the model pick one of the server's tools.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentException"><paramref name="serverLabel"/> is null, empty or white space.</exception>
    public static ResponseToolChoice ForMcp(string serverLabel, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serverLabel);
        return new ResponseToolChoice(null, JsonElementParser.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", McpType);
            writer.WriteString("server_label", serverLabel);
            if (name is not null)
            {
                writer.WriteString("name", name);
            }

            writer.WriteEndObject();
        }));
    }

    /// <summary>
    /// Creates a choice that forces the model to use a built-in tool: <c>{"type":…}</c>, for example
    /// <see cref="FileSearchTool.TypeValue"/>, <see cref="WebSearchTool.PreviewTypeValue"/>,
    /// <see cref="CodeInterpreterTool.TypeValue"/> or <see cref="ImageGenerationTool.TypeValue"/>.
    /// </summary>
    /// <param name="type">The tool type.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is null, empty or white space.</exception>
    public static ResponseToolChoice ForHostedTool(string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        return new ResponseToolChoice(null, JsonElementParser.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteEndObject();
        }));
    }

    /// <summary>
    /// Creates a choice that limits the model to some of the request's tools:
    /// <c>{"type":"allowed_tools","mode":…,"tools":[…]}</c>. The tools are usually short references, for example
    /// <c>new McpTool { ServerLabel = "deepwiki" }</c> or <c>new ImageGenerationTool()</c>.
    /// </summary>
    /// <param name="mode"><see cref="BackgroundResponses.AllowedToolsMode.Auto"/> or <see cref="BackgroundResponses.AllowedToolsMode.Required"/>.</param>
    /// <param name="tools">The allowed tools.</param>
    /// <returns>The choice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tools"/> or one of its tools is <see langword="null"/>.</exception>
    public static ResponseToolChoice ForAllowedTools(AllowedToolsMode mode, params IEnumerable<ResponseTool> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var list = tools.ToList();
        foreach (var tool in list)
        {
            ArgumentNullException.ThrowIfNull(tool, nameof(tools));
        }

        return new ResponseToolChoice(null, JsonElementParser.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", AllowedToolsType);
            writer.WriteString("mode", mode.Value);
            writer.WritePropertyName("tools");
            JsonSerializer.Serialize(writer, list, ResponsesJsonContext.Default.ListResponseTool);
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

    private static ResponseToolChoice Named(string type, string name) =>
        new(null, JsonElementParser.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteString("name", name);
            writer.WriteEndObject();
        }));

    private string? GetString(string property) => Json is { } json ? json.GetStringProperty(property) : null;

    /// <summary>Returns the mode, or the JSON of the choice object.</summary>
    /// <returns>The choice as text.</returns>
    public override string ToString() => Mode ?? Json?.GetRawText() ?? string.Empty;
}
