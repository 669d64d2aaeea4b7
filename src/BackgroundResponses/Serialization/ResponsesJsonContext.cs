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
[JsonSerializable(typeof(ModelResponse))]
[JsonSerializable(typeof(CreateResponseRequest))]
[JsonSerializable(typeof(ResponseItemList))]
[JsonSerializable(typeof(InputTokenCountRequest))]
[JsonSerializable(typeof(InputTokenCount))]
[JsonSerializable(typeof(CompactResponseRequest))]
[JsonSerializable(typeof(CompactedResponse))]
[JsonSerializable(typeof(ErrorResponseBody))]
[JsonSerializable(typeof(ResumeTokenPayload))]
[JsonSerializable(typeof(ResponsePolledEvent))]
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

// Stream events: the base, read through ResponseStreamEventJsonConverter, and every class it resolves to.
[JsonSerializable(typeof(ResponseStreamEvent))]
[JsonSerializable(typeof(ResponseAudioDeltaEvent))]
[JsonSerializable(typeof(ResponseAudioDoneEvent))]
[JsonSerializable(typeof(ResponseAudioTranscriptDeltaEvent))]
[JsonSerializable(typeof(ResponseAudioTranscriptDoneEvent))]
[JsonSerializable(typeof(ResponseCodeInterpreterCallCodeDeltaEvent))]
[JsonSerializable(typeof(ResponseCodeInterpreterCallCodeDoneEvent))]
[JsonSerializable(typeof(ResponseCodeInterpreterCallCompletedEvent))]
[JsonSerializable(typeof(ResponseCodeInterpreterCallInProgressEvent))]
[JsonSerializable(typeof(ResponseCodeInterpreterCallInterpretingEvent))]
[JsonSerializable(typeof(ResponseCompletedEvent))]
[JsonSerializable(typeof(ResponseContentPartAddedEvent))]
[JsonSerializable(typeof(ResponseContentPartDoneEvent))]
[JsonSerializable(typeof(ResponseCreatedEvent))]
[JsonSerializable(typeof(ResponseCustomToolCallInputDeltaEvent))]
[JsonSerializable(typeof(ResponseCustomToolCallInputDoneEvent))]
[JsonSerializable(typeof(ResponseErrorEvent))]
[JsonSerializable(typeof(ResponseFailedEvent))]
[JsonSerializable(typeof(ResponseFileSearchCallCompletedEvent))]
[JsonSerializable(typeof(ResponseFileSearchCallInProgressEvent))]
[JsonSerializable(typeof(ResponseFileSearchCallSearchingEvent))]
[JsonSerializable(typeof(ResponseFunctionCallArgumentsDeltaEvent))]
[JsonSerializable(typeof(ResponseFunctionCallArgumentsDoneEvent))]
[JsonSerializable(typeof(ResponseImageGenCallCompletedEvent))]
[JsonSerializable(typeof(ResponseImageGenCallGeneratingEvent))]
[JsonSerializable(typeof(ResponseImageGenCallInProgressEvent))]
[JsonSerializable(typeof(ResponseImageGenCallPartialImageEvent))]
[JsonSerializable(typeof(ResponseInProgressEvent))]
[JsonSerializable(typeof(ResponseIncompleteEvent))]
[JsonSerializable(typeof(ResponseMcpCallArgumentsDeltaEvent))]
[JsonSerializable(typeof(ResponseMcpCallArgumentsDoneEvent))]
[JsonSerializable(typeof(ResponseMcpCallCompletedEvent))]
[JsonSerializable(typeof(ResponseMcpCallFailedEvent))]
[JsonSerializable(typeof(ResponseMcpCallInProgressEvent))]
[JsonSerializable(typeof(ResponseMcpListToolsCompletedEvent))]
[JsonSerializable(typeof(ResponseMcpListToolsFailedEvent))]
[JsonSerializable(typeof(ResponseMcpListToolsInProgressEvent))]
[JsonSerializable(typeof(ResponseOutputItemAddedEvent))]
[JsonSerializable(typeof(ResponseOutputItemDoneEvent))]
[JsonSerializable(typeof(ResponseOutputTextAnnotationAddedEvent))]
[JsonSerializable(typeof(ResponseQueuedEvent))]
[JsonSerializable(typeof(ResponseReasoningSummaryPartAddedEvent))]
[JsonSerializable(typeof(ResponseReasoningSummaryPartDoneEvent))]
[JsonSerializable(typeof(ResponseReasoningSummaryTextDeltaEvent))]
[JsonSerializable(typeof(ResponseReasoningSummaryTextDoneEvent))]
[JsonSerializable(typeof(ResponseReasoningTextDeltaEvent))]
[JsonSerializable(typeof(ResponseReasoningTextDoneEvent))]
[JsonSerializable(typeof(ResponseRefusalDeltaEvent))]
[JsonSerializable(typeof(ResponseRefusalDoneEvent))]
[JsonSerializable(typeof(ResponseShellCallCommandAddedStreamingEvent))]
[JsonSerializable(typeof(ResponseShellCallCommandDeltaStreamingEvent))]
[JsonSerializable(typeof(ResponseShellCallCommandDoneStreamingEvent))]
[JsonSerializable(typeof(ResponseShellCallOutputContentDeltaStreamingEvent))]
[JsonSerializable(typeof(ResponseShellCallOutputContentDoneStreamingEvent))]
[JsonSerializable(typeof(ResponseTextDeltaEvent))]
[JsonSerializable(typeof(ResponseTextDoneEvent))]
[JsonSerializable(typeof(ResponseWebSearchCallCompletedEvent))]
[JsonSerializable(typeof(ResponseWebSearchCallInProgressEvent))]
[JsonSerializable(typeof(ResponseWebSearchCallSearchingEvent))]
internal sealed partial class ResponsesJsonContext : JsonSerializerContext
{
}
