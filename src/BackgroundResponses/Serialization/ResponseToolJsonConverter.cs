using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>
/// Reads and writes <see cref="ResponseTool"/> by its <c>type</c>: each documented tool type becomes its own class
/// (<see cref="FunctionTool"/>, <see cref="WebSearchTool"/>, <see cref="FileSearchTool"/>, …), any other type a
/// <see cref="RawResponseTool"/> that is written back verbatim.
/// </summary>
internal sealed class ResponseToolJsonConverter : JsonConverter<ResponseTool>
{
    /// <inheritdoc />
    public override ResponseTool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var json = document.RootElement;
        var type = JsonElementParser.TryGetType(json)
            ?? throw new JsonException("Expected a tool object with a string \"type\" property.");

        return Resolve(type) is { } typeInfo
            ? (ResponseTool?)json.Deserialize(typeInfo)
            : new RawResponseTool(json);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseTool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value is RawResponseTool raw)
        {
            raw.Json.WriteTo(writer);
            return;
        }

        // Every typed tool is registered in the context; a class outside this assembly is not, so it fails here.
        var typeInfo = ResponsesJsonContext.Default.GetTypeInfo(value.GetType())
            ?? throw new JsonException($"Tool type {value.GetType().Name} has no serializer; use {nameof(RawResponseTool)} for tools this SDK does not model.");
        JsonSerializer.Serialize(writer, value, typeInfo);
    }

    /// <summary>The class a tool type is read as, or <see langword="null"/> when it is read as a <see cref="RawResponseTool"/>.</summary>
    /// <param name="type">The tool <c>type</c>.</param>
    /// <returns>The type info, or <see langword="null"/>.</returns>
    internal static JsonTypeInfo? Resolve(string type) => type switch
    {
        FunctionTool.TypeValue => ResponsesJsonContext.Default.FunctionTool,
        FileSearchTool.TypeValue => ResponsesJsonContext.Default.FileSearchTool,
        ComputerTool.TypeValue => ResponsesJsonContext.Default.ComputerTool,
        ComputerUsePreviewTool.TypeValue => ResponsesJsonContext.Default.ComputerUsePreviewTool,
        ProgrammaticToolCallingTool.TypeValue => ResponsesJsonContext.Default.ProgrammaticToolCallingTool,
        LocalShellTool.TypeValue => ResponsesJsonContext.Default.LocalShellTool,
        ApplyPatchTool.TypeValue => ResponsesJsonContext.Default.ApplyPatchTool,
        CodeInterpreterTool.TypeValue => ResponsesJsonContext.Default.CodeInterpreterTool,
        McpTool.TypeValue => ResponsesJsonContext.Default.McpTool,
        ImageGenerationTool.TypeValue => ResponsesJsonContext.Default.ImageGenerationTool,
        CustomTool.TypeValue => ResponsesJsonContext.Default.CustomTool,
        ShellTool.TypeValue => ResponsesJsonContext.Default.ShellTool,
        NamespaceTool.TypeValue => ResponsesJsonContext.Default.NamespaceTool,
        ToolSearchTool.TypeValue => ResponsesJsonContext.Default.ToolSearchTool,
        _ when WebSearchTool.IsWebSearchType(type) => ResponsesJsonContext.Default.WebSearchTool,
        _ => null,
    };
}
