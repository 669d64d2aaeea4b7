using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>Reads a union member's JSON through the SDK's serializer, as the base type of its union, and writes it back.</summary>
internal static class SdkUnionReader
{
    public static SdkReading Read(UnionKind kind, string json) => kind switch
    {
        UnionKind.Item => ReadItem(json),
        UnionKind.Tool => ReadAndWrite<ResponseTool>(json, tool => tool is not RawResponseTool),
        UnionKind.Annotation => ReadAndWrite<ResponseAnnotation>(json, annotation => annotation is not UnknownAnnotation),
        UnionKind.ContentPart => ReadAndWrite<ResponseContentPart>(json, part => part is not UnknownContentPart),

        // ReasoningItem.Summary has one class; it types exactly the part type it is created with.
        UnionKind.ReasoningSummary => ReadAndWrite<ReasoningSummaryPart>(json, part => part.Type == new ReasoningSummaryPart().Type),
        UnionKind.ToolChoice => ReadToolChoice(json),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static SdkReading ReadItem(string json)
    {
        var item = ResponsesJson.DeserializeResponseItem(json);
        return new SdkReading(item is not UnknownResponseItem, item.GetType().Name, ResponsesJson.Serialize(item));
    }

    private static SdkReading ReadAndWrite<T>(string json, Func<T, bool> isTyped)
        where T : class
    {
        var typeInfo = (JsonTypeInfo<T>)ResponsesJson.Options.GetTypeInfo(typeof(T));
        var value = JsonSerializer.Deserialize(json, typeInfo) ?? throw new JsonException($"null where a {typeof(T).Name} was expected");
        return new SdkReading(isTyped(value), value.GetType().Name, JsonSerializer.Serialize(value, typeInfo));
    }

    // ResponseToolChoice is one class with a typed getter per form; a form is typed when its getter reads it.
    private static SdkReading ReadToolChoice(string json)
    {
        var typeInfo = (JsonTypeInfo<ResponseToolChoice>)ResponsesJson.Options.GetTypeInfo(typeof(ResponseToolChoice));
        var choice = JsonSerializer.Deserialize(json, typeInfo) ?? throw new JsonException("null where a tool choice was expected");
        var written = JsonSerializer.Serialize(choice, typeInfo);
        if (choice.Mode is { } mode)
        {
            var known = new[] { ResponseToolChoice.None, ResponseToolChoice.Auto, ResponseToolChoice.Required }.Any(m => m.Mode == mode);
            return new SdkReading(known, known ? $"{nameof(ResponseToolChoice)}.{mode}" : $"{nameof(ResponseToolChoice)}.{nameof(ResponseToolChoice.Mode)} (an unknown mode)", written);
        }

        var (isTyped, getter) = choice.Type switch
        {
            "function" => (choice.FunctionName is not null, nameof(ResponseToolChoice.FunctionName)),
            "allowed_tools" => (choice.AllowedToolsMode is not null && choice.AllowedTools is not null, nameof(ResponseToolChoice.AllowedTools)),
            "mcp" => (choice.McpServerLabel is not null, nameof(ResponseToolChoice.McpServerLabel)),
            "custom" => (choice.CustomToolName is not null, nameof(ResponseToolChoice.CustomToolName)),

            // HostedToolType returns any other type; it is typed only when the tool it names is a typed tool.
            { } hosted => (choice.HostedToolType == hosted && ResponseToolJsonConverter.Resolve(hosted) is not null, nameof(ResponseToolChoice.HostedToolType)),
            null => (false, nameof(ResponseToolChoice.Json)),
        };
        return new SdkReading(isTyped, isTyped ? $"{nameof(ResponseToolChoice)}.{getter}" : $"{nameof(ResponseToolChoice)}.{nameof(ResponseToolChoice.Json)} (no typed tool)", written);
    }
}
