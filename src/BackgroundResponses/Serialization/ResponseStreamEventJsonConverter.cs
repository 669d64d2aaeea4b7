using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="ResponseStreamEvent"/> by its <c>type</c>.</summary>
/// <remarks>
/// This runs once per streamed token, so resolving the type neither allocates nor tries the 58 known
/// types one by one: the overwhelmingly common <c>response.output_text.delta</c> is tried first, then the
/// length of the value narrows the candidates to at most a handful, compared as UTF-8 bytes.
/// </remarks>
internal sealed class ResponseStreamEventJsonConverter : PolymorphicJsonConverter<ResponseStreamEvent>
{
    // Longer than any known type even when written with escapes, so the unescaping buffer fits on the stack.
    private const int MaxStackUnescape = 256;

    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        if (!typeValue.HasValueSequence && !typeValue.ValueIsEscaped)
        {
            return Resolve(typeValue.ValueSpan);
        }

        // Escaped (or, in theory, split) values never come from the API; unescape them once and use the same table.
        var length = typeValue.HasValueSequence ? checked((int)typeValue.ValueSequence.Length) : typeValue.ValueSpan.Length;
        Span<byte> buffer = length <= MaxStackUnescape ? stackalloc byte[MaxStackUnescape] : new byte[length];
        var written = typeValue.CopyString(buffer);
        return Resolve(buffer[..written]);
    }

    /// <inheritdoc />
    protected override ResponseStreamEvent CreateUnknown(JsonElement rawJson) => new UnknownResponseStreamEvent(rawJson);

    private static JsonTypeInfo? Resolve(ReadOnlySpan<byte> value)
    {
        var context = ResponsesJsonContext.Default;
        if (value.SequenceEqual("response.output_text.delta"u8))
        {
            return context.ResponseTextDeltaEvent;
        }

        return value.Length switch
        {
            5 => value.SequenceEqual("error"u8) ? context.ResponseErrorEvent : null,
            15 => value.SequenceEqual("response.failed"u8) ? context.ResponseFailedEvent
                : value.SequenceEqual("response.queued"u8) ? context.ResponseQueuedEvent
                : null,
            16 => value.SequenceEqual("response.created"u8) ? context.ResponseCreatedEvent : null,
            18 => value.SequenceEqual("response.completed"u8) ? context.ResponseCompletedEvent : null,
            19 => value.SequenceEqual("response.audio.done"u8) ? context.ResponseAudioDoneEvent
                : value.SequenceEqual("response.incomplete"u8) ? context.ResponseIncompleteEvent
                : null,
            20 => value.SequenceEqual("response.audio.delta"u8) ? context.ResponseAudioDeltaEvent
                : value.SequenceEqual("response.in_progress"u8) ? context.ResponseInProgressEvent
                : null,
            21 => value.SequenceEqual("response.refusal.done"u8) ? context.ResponseRefusalDoneEvent : null,
            22 => value.SequenceEqual("response.refusal.delta"u8) ? context.ResponseRefusalDeltaEvent : null,
            24 => value.SequenceEqual("response.mcp_call.failed"u8) ? context.ResponseMcpCallFailedEvent : null,
            25 => value.SequenceEqual("response.output_item.done"u8) ? context.ResponseOutputItemDoneEvent
                : value.SequenceEqual("response.output_text.done"u8) ? context.ResponseTextDoneEvent
                : null,
            26 => value.SequenceEqual("response.content_part.done"u8) ? context.ResponseContentPartDoneEvent
                : value.SequenceEqual("response.output_item.added"u8) ? context.ResponseOutputItemAddedEvent
                : value.SequenceEqual("response.output_text.delta"u8) ? context.ResponseTextDeltaEvent
                : null,
            27 => value.SequenceEqual("response.content_part.added"u8) ? context.ResponseContentPartAddedEvent
                : value.SequenceEqual("response.mcp_call.completed"u8) ? context.ResponseMcpCallCompletedEvent
                : null,
            28 => value.SequenceEqual("response.reasoning_text.done"u8) ? context.ResponseReasoningTextDoneEvent : null,
            29 => value.SequenceEqual("response.reasoning_text.delta"u8) ? context.ResponseReasoningTextDeltaEvent
                : value.SequenceEqual("response.mcp_call.in_progress"u8) ? context.ResponseMcpCallInProgressEvent
                : null,
            30 => value.SequenceEqual("response.audio.transcript.done"u8) ? context.ResponseAudioTranscriptDoneEvent
                : value.SequenceEqual("response.mcp_list_tools.failed"u8) ? context.ResponseMcpListToolsFailedEvent
                : null,
            31 => value.SequenceEqual("response.audio.transcript.delta"u8) ? context.ResponseAudioTranscriptDeltaEvent : null,
            32 => value.SequenceEqual("response.shell_call_command.done"u8) ? context.ResponseShellCallCommandDoneStreamingEvent
                : value.SequenceEqual("response.mcp_call_arguments.done"u8) ? context.ResponseMcpCallArgumentsDoneEvent
                : null,
            33 => value.SequenceEqual("response.shell_call_command.added"u8) ? context.ResponseShellCallCommandAddedStreamingEvent
                : value.SequenceEqual("response.shell_call_command.delta"u8) ? context.ResponseShellCallCommandDeltaStreamingEvent
                : value.SequenceEqual("response.mcp_call_arguments.delta"u8) ? context.ResponseMcpCallArgumentsDeltaEvent
                : value.SequenceEqual("response.mcp_list_tools.completed"u8) ? context.ResponseMcpListToolsCompletedEvent
                : null,
            34 => value.SequenceEqual("response.web_search_call.completed"u8) ? context.ResponseWebSearchCallCompletedEvent
                : value.SequenceEqual("response.web_search_call.searching"u8) ? context.ResponseWebSearchCallSearchingEvent
                : null,
            35 => value.SequenceEqual("response.file_search_call.completed"u8) ? context.ResponseFileSearchCallCompletedEvent
                : value.SequenceEqual("response.file_search_call.searching"u8) ? context.ResponseFileSearchCallSearchingEvent
                : value.SequenceEqual("response.mcp_list_tools.in_progress"u8) ? context.ResponseMcpListToolsInProgressEvent
                : null,
            36 => value.SequenceEqual("response.reasoning_summary_part.done"u8) ? context.ResponseReasoningSummaryPartDoneEvent
                : value.SequenceEqual("response.reasoning_summary_text.done"u8) ? context.ResponseReasoningSummaryTextDoneEvent
                : value.SequenceEqual("response.web_search_call.in_progress"u8) ? context.ResponseWebSearchCallInProgressEvent
                : value.SequenceEqual("response.custom_tool_call_input.done"u8) ? context.ResponseCustomToolCallInputDoneEvent
                : null,
            37 => value.SequenceEqual("response.file_search_call.in_progress"u8) ? context.ResponseFileSearchCallInProgressEvent
                : value.SequenceEqual("response.function_call_arguments.done"u8) ? context.ResponseFunctionCallArgumentsDoneEvent
                : value.SequenceEqual("response.reasoning_summary_part.added"u8) ? context.ResponseReasoningSummaryPartAddedEvent
                : value.SequenceEqual("response.reasoning_summary_text.delta"u8) ? context.ResponseReasoningSummaryTextDeltaEvent
                : value.SequenceEqual("response.output_text.annotation.added"u8) ? context.ResponseOutputTextAnnotationAddedEvent
                : value.SequenceEqual("response.custom_tool_call_input.delta"u8) ? context.ResponseCustomToolCallInputDeltaEvent
                : null,
            38 => value.SequenceEqual("response.function_call_arguments.delta"u8) ? context.ResponseFunctionCallArgumentsDeltaEvent : null,
            39 => value.SequenceEqual("response.shell_call_output_content.done"u8) ? context.ResponseShellCallOutputContentDoneStreamingEvent : null,
            40 => value.SequenceEqual("response.code_interpreter_call_code.done"u8) ? context.ResponseCodeInterpreterCallCodeDoneEvent
                : value.SequenceEqual("response.code_interpreter_call.completed"u8) ? context.ResponseCodeInterpreterCallCompletedEvent
                : value.SequenceEqual("response.shell_call_output_content.delta"u8) ? context.ResponseShellCallOutputContentDeltaStreamingEvent
                : value.SequenceEqual("response.image_generation_call.completed"u8) ? context.ResponseImageGenCallCompletedEvent
                : null,
            41 => value.SequenceEqual("response.code_interpreter_call_code.delta"u8) ? context.ResponseCodeInterpreterCallCodeDeltaEvent
                : value.SequenceEqual("response.image_generation_call.generating"u8) ? context.ResponseImageGenCallGeneratingEvent
                : null,
            42 => value.SequenceEqual("response.code_interpreter_call.in_progress"u8) ? context.ResponseCodeInterpreterCallInProgressEvent
                : value.SequenceEqual("response.image_generation_call.in_progress"u8) ? context.ResponseImageGenCallInProgressEvent
                : null,
            43 => value.SequenceEqual("response.code_interpreter_call.interpreting"u8) ? context.ResponseCodeInterpreterCallInterpretingEvent : null,
            44 => value.SequenceEqual("response.image_generation_call.partial_image"u8) ? context.ResponseImageGenCallPartialImageEvent : null,
            _ => null,
        };
    }
}
