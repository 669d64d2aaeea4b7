using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The one source-generated serializer context of the SDK. Every JSON read or write goes through a
/// <see cref="System.Text.Json.Serialization.Metadata.JsonTypeInfo"/> from here: no reflection, AOT-safe.
/// </summary>
/// <remarks>
/// Names are snake_case as on the wire; nulls are omitted on write so a request carries only what the
/// caller set. Reading is tolerant: property order does not matter and unknown properties are kept in
/// each model's <c>AdditionalProperties</c>.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.General,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    AllowTrailingCommas = false,
    WriteIndented = false)]
[JsonSerializable(typeof(Response))]
[JsonSerializable(typeof(CreateResponseRequest))]
[JsonSerializable(typeof(ResponseItemList))]
[JsonSerializable(typeof(ErrorResponseBody))]
[JsonSerializable(typeof(MessageItem))]
[JsonSerializable(typeof(FunctionCallItem))]
[JsonSerializable(typeof(FunctionCallOutputItem))]
[JsonSerializable(typeof(ReasoningItem))]
[JsonSerializable(typeof(ItemReference))]
[JsonSerializable(typeof(InputTextPart))]
[JsonSerializable(typeof(InputImagePart))]
[JsonSerializable(typeof(InputFilePart))]
[JsonSerializable(typeof(OutputTextPart))]
[JsonSerializable(typeof(RefusalPart))]
[JsonSerializable(typeof(UrlCitationAnnotation))]
[JsonSerializable(typeof(FileCitationAnnotation))]
[JsonSerializable(typeof(ResponseItem))]
[JsonSerializable(typeof(ResponseContentPart))]
[JsonSerializable(typeof(ResponseAnnotation))]
[JsonSerializable(typeof(JsonElement))]

// CreateResponseRequest: types its converters serialize directly.
[JsonSerializable(typeof(FunctionTool))]
[JsonSerializable(typeof(TextFormat))]
[JsonSerializable(typeof(JsonSchemaFormat))]
[JsonSerializable(typeof(JsonObjectFormat))]
[JsonSerializable(typeof(ResponseTextOptions))]
[JsonSerializable(typeof(List<ResponseItem>))]
[JsonSerializable(typeof(List<ResponseContentPart>))]
internal sealed partial class ResponsesJsonContext : JsonSerializerContext
{
}
