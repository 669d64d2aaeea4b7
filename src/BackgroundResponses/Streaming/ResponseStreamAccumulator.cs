using System.Text;

namespace BackgroundResponses;

/// <summary>
/// Folds stream events into the <see cref="ModelResponse"/> they describe, event by event: the latest response
/// snapshot from lifecycle events plus the output built from item, part and delta events. Works on a stream
/// that starts mid-way (a resumed suffix has no <c>response.created</c>); a terminal event's response,
/// which is complete, replaces whatever was built.
/// </summary>
/// <remarks>Not thread-safe: feed it from the loop that reads the stream.</remarks>
public sealed class ResponseStreamAccumulator
{
    private readonly List<ResponseItem?> _output = [];
    private readonly Dictionary<(int Output, int Part), StringBuilder> _text = [];
    private readonly Dictionary<(int Output, int Summary), StringBuilder> _summaries = [];
    // By output index: a function or MCP call's arguments, or a code interpreter call's code, as streamed so far.
    private readonly Dictionary<int, StringBuilder> _arguments = [];
    private ModelResponse? _latest;
    private ModelResponse? _final;

    /// <summary>Gets a value indicating whether a terminal event (or the SDK's <see cref="ResponsePolledEvent"/>) has been applied.</summary>
    public bool IsComplete => _final is not null;

    /// <summary>Gets the number of events applied.</summary>
    public int EventCount { get; private set; }

    /// <summary>Gets the sequence number of the last event applied that had one (a <see cref="ResponsePolledEvent"/> has none), or <see langword="null"/>.</summary>
    public int? LastSequenceNumber { get; private set; }

    /// <summary>Applies one event.</summary>
    /// <param name="streamEvent">The event.</param>
    /// <exception cref="ArgumentNullException"><paramref name="streamEvent"/> is <see langword="null"/>.</exception>
    public void Apply(ResponseStreamEvent streamEvent)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        EventCount++;
        LastSequenceNumber = streamEvent.SequenceNumber ?? LastSequenceNumber;
        switch (streamEvent)
        {
            case ResponseCompletedEvent or ResponseFailedEvent or ResponseIncompleteEvent or ResponsePolledEvent:
                _final = ((ResponseLifecycleEvent)streamEvent).Response;
                _latest = _final;
                break;
            case ResponseLifecycleEvent lifecycle:
                _latest = lifecycle.Response;
                break;
            case ResponseOutputItemAddedEvent added:
                SetItem(added.OutputIndex, added.Item);
                break;
            case ResponseOutputItemDoneEvent done:
                SetItem(done.OutputIndex, done.Item);
                _text.Keys.Where(k => k.Output == done.OutputIndex).ToList().ForEach(k => _text.Remove(k));
                _summaries.Keys.Where(k => k.Output == done.OutputIndex).ToList().ForEach(k => _summaries.Remove(k));
                _arguments.Remove(done.OutputIndex);
                break;
            case ResponseContentPartAddedEvent partAdded:
                SetPart(partAdded.OutputIndex, partAdded.ItemId, partAdded.ContentIndex, partAdded.Part);
                break;
            case ResponseContentPartDoneEvent partDone:
                SetPart(partDone.OutputIndex, partDone.ItemId, partDone.ContentIndex, partDone.Part);
                _text.Remove((partDone.OutputIndex, partDone.ContentIndex));
                break;
            case ResponseTextDeltaEvent delta:
                Builder(_text, (delta.OutputIndex, delta.ContentIndex)).Append(delta.Delta);
                EnsureTextPart(delta.OutputIndex, delta.ItemId, delta.ContentIndex);
                break;
            case ResponseTextDoneEvent textDone:
                EnsureTextPart(textDone.OutputIndex, textDone.ItemId, textDone.ContentIndex).Text = textDone.Text;
                _text.Remove((textDone.OutputIndex, textDone.ContentIndex));
                break;
            case ResponseReasoningSummaryTextDeltaEvent summaryDelta:
                Builder(_summaries, (summaryDelta.OutputIndex, summaryDelta.SummaryIndex)).Append(summaryDelta.Delta);
                EnsureSummaryPart(summaryDelta.OutputIndex, summaryDelta.ItemId, summaryDelta.SummaryIndex);
                break;
            case ResponseReasoningSummaryTextDoneEvent summaryDone:
                EnsureSummaryPart(summaryDone.OutputIndex, summaryDone.ItemId, summaryDone.SummaryIndex).Text = summaryDone.Text;
                _summaries.Remove((summaryDone.OutputIndex, summaryDone.SummaryIndex));
                break;
            case ResponseFunctionCallArgumentsDeltaEvent argumentsDelta:
                Builder(_arguments, argumentsDelta.OutputIndex).Append(argumentsDelta.Delta);
                break;
            case ResponseMcpCallArgumentsDeltaEvent mcpDelta:
                Builder(_arguments, mcpDelta.OutputIndex).Append(mcpDelta.Delta);
                break;
            case ResponseCodeInterpreterCallCodeDeltaEvent codeDelta:
                Builder(_arguments, codeDelta.OutputIndex).Append(codeDelta.Delta);
                break;
            case ResponseFunctionCallArgumentsDoneEvent argumentsDone:
                FinishCallText(argumentsDone.OutputIndex, argumentsDone.Arguments);
                break;
            case ResponseMcpCallArgumentsDoneEvent mcpDone:
                FinishCallText(mcpDone.OutputIndex, mcpDone.Arguments);
                break;
            case ResponseCodeInterpreterCallCodeDoneEvent codeDone:
                FinishCallText(codeDone.OutputIndex, codeDone.Code);
                break;
            case ResponseOutputTextAnnotationAddedEvent annotationAdded when annotationAdded.Annotation is not null:
                AddAnnotation(annotationAdded);
                break;
            default:
                if (ToolCallProgress(streamEvent) is ({ } outputIndex, { } status))
                {
                    SetToolCallStatus(outputIndex, status);
                }

                break;
        }
    }

    /// <summary>
    /// Builds the response as far as the events applied describe it: the terminal response once one arrived,
    /// otherwise the latest snapshot with the output built so far, or <see langword="null"/> if nothing describes a response yet.
    /// </summary>
    /// <returns>The response; before the terminal event it shares its items with the accumulator, so later events may still fill them in.</returns>
    public ModelResponse? ToResponse()
    {
        if (_final is not null)
        {
            return _final;
        }

        if (_latest is null && _output.Count == 0)
        {
            return null;
        }

        var response = _latest is null ? new ModelResponse() : Clone(_latest);
        response.Output = _output.Where(i => i is not null).Select(i => FlushInto(i!)).ToList();
        return response;
    }

    private static StringBuilder Builder<TKey>(Dictionary<TKey, StringBuilder> builders, TKey key)
        where TKey : notnull
    {
        if (!builders.TryGetValue(key, out var builder))
        {
            builder = new StringBuilder();
            builders[key] = builder;
        }

        return builder;
    }

    private static ModelResponse Clone(ModelResponse source) => new()
    {
        Id = source.Id,
        Object = source.Object,
        CreatedAt = source.CreatedAt,
        CompletedAt = source.CompletedAt,
        Status = source.Status,
        Background = source.Background,
        Model = source.Model,
        Error = source.Error,
        IncompleteDetails = source.IncompleteDetails,
        Usage = source.Usage,
        Metadata = source.Metadata,
        PreviousResponseId = source.PreviousResponseId,
        ServiceTier = source.ServiceTier,
        Store = source.Store,
        MaxOutputTokens = source.MaxOutputTokens,
        Instructions = source.Instructions,
        Conversation = source.Conversation,
        Reasoning = source.Reasoning,
        Tools = source.Tools,
        ToolChoice = source.ToolChoice,
        ParallelToolCalls = source.ParallelToolCalls,
        MaxToolCalls = source.MaxToolCalls,
        Text = source.Text,
        Temperature = source.Temperature,
        TopP = source.TopP,
        TopLogprobs = source.TopLogprobs,
        Truncation = source.Truncation,
        Prompt = source.Prompt,
        PromptCacheKey = source.PromptCacheKey,
        PromptCacheOptions = source.PromptCacheOptions,
        PromptCacheRetention = source.PromptCacheRetention,
        SafetyIdentifier = source.SafetyIdentifier,
        User = source.User,
        Moderation = source.Moderation,
        AdditionalProperties = source.AdditionalProperties,
    };

    private ResponseItem FlushInto(ResponseItem item)
    {
        var index = _output.IndexOf(item);
        switch (item)
        {
            case MessageItem message:
                foreach (var ((output, part), builder) in _text)
                {
                    if (output == index && part < message.Content.Count && message.Content[part] is OutputTextPart text)
                    {
                        text.Text = builder.ToString();
                    }
                }

                break;
            case ReasoningItem reasoning:
                foreach (var ((output, summary), builder) in _summaries)
                {
                    if (output == index && summary < reasoning.Summary.Count)
                    {
                        reasoning.Summary[summary].Text = builder.ToString();
                    }
                }

                break;
            case FunctionCallItem or McpCallItem or CodeInterpreterCallItem when _arguments.TryGetValue(index, out var partial):
                SetCallText(item, partial.ToString());
                break;
        }

        return item;
    }

    private static void SetCallText(ResponseItem? item, string text)
    {
        switch (item)
        {
            case FunctionCallItem call:
                call.Arguments = text;
                break;
            case McpCallItem call:
                call.Arguments = text;
                break;
            case CodeInterpreterCallItem call:
                call.Code = text;
                break;
        }
    }

    private void FinishCallText(int outputIndex, string text)
    {
        SetCallText(ItemAt(outputIndex), text);
        _arguments.Remove(outputIndex);
    }

    // A hosted tool call's progress events carry no item, only its new status: "searching", "interpreting", ….
    private static (int? OutputIndex, ResponseItemStatus? Status) ToolCallProgress(ResponseStreamEvent streamEvent) => streamEvent switch
    {
        ResponseWebSearchCallInProgressEvent e => (e.OutputIndex, ResponseItemStatus.InProgress),
        ResponseWebSearchCallSearchingEvent e => (e.OutputIndex, ResponseItemStatus.Searching),
        ResponseWebSearchCallCompletedEvent e => (e.OutputIndex, ResponseItemStatus.Completed),
        ResponseFileSearchCallInProgressEvent e => (e.OutputIndex, ResponseItemStatus.InProgress),
        ResponseFileSearchCallSearchingEvent e => (e.OutputIndex, ResponseItemStatus.Searching),
        ResponseFileSearchCallCompletedEvent e => (e.OutputIndex, ResponseItemStatus.Completed),
        ResponseCodeInterpreterCallInProgressEvent e => (e.OutputIndex, ResponseItemStatus.InProgress),
        ResponseCodeInterpreterCallInterpretingEvent e => (e.OutputIndex, ResponseItemStatus.Interpreting),
        ResponseCodeInterpreterCallCompletedEvent e => (e.OutputIndex, ResponseItemStatus.Completed),
        ResponseImageGenCallInProgressEvent e => (e.OutputIndex, ResponseItemStatus.InProgress),
        ResponseImageGenCallGeneratingEvent e => (e.OutputIndex, ResponseItemStatus.Generating),
        ResponseImageGenCallCompletedEvent e => (e.OutputIndex, ResponseItemStatus.Completed),
        ResponseMcpCallInProgressEvent e => (e.OutputIndex, ResponseItemStatus.InProgress),
        ResponseMcpCallCompletedEvent e => (e.OutputIndex, ResponseItemStatus.Completed),
        ResponseMcpCallFailedEvent e => (e.OutputIndex, ResponseItemStatus.Failed),
        _ => (null, null),
    };

    private void SetToolCallStatus(int outputIndex, ResponseItemStatus status)
    {
        switch (ItemAt(outputIndex))
        {
            case WebSearchCallItem call:
                call.Status = status;
                break;
            case FileSearchCallItem call:
                call.Status = status;
                break;
            case CodeInterpreterCallItem call:
                call.Status = status;
                break;
            case ImageGenerationCallItem call:
                call.Status = status;
                break;
            case McpCallItem call:
                call.Status = status;
                break;
        }
    }

    private void AddAnnotation(ResponseOutputTextAnnotationAddedEvent added)
    {
        var annotations = EnsureTextPart(added.OutputIndex, added.ItemId, added.ContentIndex).Annotations;

        // annotation_index is the annotation's place in the part: a repeated event (same index) replaces, never duplicates.
        if (added.AnnotationIndex >= 0 && added.AnnotationIndex < annotations.Count)
        {
            annotations[added.AnnotationIndex] = added.Annotation!;
        }
        else
        {
            annotations.Add(added.Annotation!);
        }
    }

    private ResponseItem? ItemAt(int outputIndex) => outputIndex >= 0 && outputIndex < _output.Count ? _output[outputIndex] : null;

    private void SetItem(int outputIndex, ResponseItem item)
    {
        if (outputIndex < 0)
        {
            return;
        }

        while (_output.Count <= outputIndex)
        {
            _output.Add(null);
        }

        _output[outputIndex] = item;
    }

    private MessageItem EnsureMessage(int outputIndex, string? itemId)
    {
        if (ItemAt(outputIndex) is MessageItem message)
        {
            return message;
        }

        // A stream resumed after the item was announced: rebuild the item from what follows.
        message = new MessageItem { Id = itemId, Role = MessageRole.Assistant, Status = "in_progress" };
        SetItem(outputIndex, message);
        return message;
    }

    private void SetPart(int outputIndex, string? itemId, int contentIndex, ResponseContentPart part)
    {
        var message = EnsureMessage(outputIndex, itemId);
        while (message.Content.Count <= contentIndex)
        {
            message.Content.Add(new OutputTextPart { Text = string.Empty });
        }

        message.Content[contentIndex] = part;
    }

    private OutputTextPart EnsureTextPart(int outputIndex, string? itemId, int contentIndex)
    {
        var message = EnsureMessage(outputIndex, itemId);
        while (message.Content.Count <= contentIndex)
        {
            message.Content.Add(new OutputTextPart { Text = string.Empty });
        }

        if (message.Content[contentIndex] is not OutputTextPart text)
        {
            text = new OutputTextPart { Text = string.Empty };
            message.Content[contentIndex] = text;
        }

        return text;
    }

    private ReasoningSummaryPart EnsureSummaryPart(int outputIndex, string? itemId, int summaryIndex)
    {
        if (ItemAt(outputIndex) is not ReasoningItem reasoning)
        {
            reasoning = new ReasoningItem { Id = itemId };
            SetItem(outputIndex, reasoning);
        }

        while (reasoning.Summary.Count <= summaryIndex)
        {
            reasoning.Summary.Add(new ReasoningSummaryPart { Text = string.Empty });
        }

        return reasoning.Summary[summaryIndex];
    }
}
