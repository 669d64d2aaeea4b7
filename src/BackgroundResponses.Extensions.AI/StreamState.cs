using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>What a stream has told so far, so that each event becomes a <see cref="ChatResponseUpdate"/> with the response's details.</summary>
internal sealed class StreamState
{
    // Characters of text delivered per (item, content part), so that a stream the SDK finished by polling adds exactly what is missing.
    private readonly Dictionary<(string ItemId, int ContentIndex), int> _delivered = [];

    // Reasoning text delivered per item (summary parts joined as in a whole response), and the last summary part seen.
    private readonly Dictionary<string, (int Length, int SummaryIndex)> _reasoningDelivered = [];

    // Items whose output_item.done was delivered, and refusals delivered per (item, content part).
    private readonly HashSet<string> _doneItems = [];
    private readonly HashSet<(string ItemId, int ContentIndex)> _refusalsDelivered = [];

    public string? ResponseId { get; set; }

    public bool IsFinished { get; private set; }

    /// <summary>
    /// Gets or sets the sequence number a token resumed this stream after, or <see langword="null"/> when it started with the
    /// response's first event, so that the text delivered is known in full. A stream resumed from a token does not know what went before it.
    /// </summary>
    public int? ResumedAfter { get; set; }

    private string? ModelId { get; set; }

    private DateTimeOffset? CreatedAt { get; set; }

    private string? ConversationId { get; set; }

    private string? MessageId { get; set; }

    private ChatRole Role { get; set; } = ChatRole.Assistant;

    public List<ChatResponseUpdate> ToUpdates(ResponseStreamEvent e)
    {
        ResponseId = e.ResponseId ?? ResponseId;
        var updates = new List<ChatResponseUpdate>(1);
        switch (e)
        {
            case ResponseLifecycleEvent lifecycle:
                Track(lifecycle.Response);
                var status = lifecycle.Response.Status;
                if (status == ResponseStatus.Failed || status == ResponseStatus.Cancelled)
                {
                    throw new ResponseFailedException(lifecycle.Response);
                }

                if (e is ResponsePolledEvent && ResumedAfter is { } resumedAfter)
                {
                    // What came before the token was delivered to someone else; what the polled response adds to it cannot be
                    // told apart from it, so neither a gap nor a repeat is handed out: the caller is told where to get it whole.
                    throw new ResponsesStreamException(
                        $"Background response {ResponseId} could not be streamed again after event {resumedAfter}: the service no longer " +
                        $"streams it (it is {status?.Value ?? "unknown"}). Its result is not lost: call GetResponseAsync with the same continuation token and no messages to get it whole.",
                        ResponseId,
                        resumedAfter,
                        innerException: null);
                }

                if (e is ResponsePolledEvent || status is { IsTerminal: true })
                {
                    IsFinished = true;
                    if (e is ResponsePolledEvent)
                    {
                        AddUndelivered(lifecycle.Response, e, updates);
                    }

                    var final = NewUpdate(e, []);
                    if (ChatResponseMapper.ToUsage(lifecycle.Response.Usage) is { } usage)
                    {
                        final.Contents.Add(new UsageContent(usage));
                    }

                    final.FinishReason = ChatResponseMapper.FinishReasonOf(lifecycle.Response);
                    updates.Add(final);
                }
                else
                {
                    updates.Add(NewUpdate(e, []));
                }

                break;
            case ResponseOutputItemAddedEvent { Item: MessageItem message }:
                MessageId = message.Id;
                Role = ChatResponseMapper.ToRole(message.Role);
                updates.Add(NewUpdate(e, []));
                break;
            case ResponseTextDeltaEvent delta:
                MessageId = delta.ItemId;
                var key = (delta.ItemId, delta.ContentIndex);
                _delivered[key] = _delivered.GetValueOrDefault(key) + delta.Delta.Length;
                updates.Add(NewUpdate(e, [new TextContent(delta.Delta)]));
                break;
            case ResponseReasoningSummaryTextDeltaEvent summary:
                updates.Add(NewUpdate(e, [ReasoningDelta(summary.ItemId, summary.SummaryIndex, summary.Delta)]));
                break;
            case ResponseReasoningTextDeltaEvent reasoningText:
                updates.Add(NewUpdate(e, [ReasoningDelta(reasoningText.ItemId, summaryIndex: 0, reasoningText.Delta)]));
                break;
            case ResponseRefusalDoneEvent refusal:
                _refusalsDelivered.Add((refusal.ItemId, refusal.ContentIndex));
                updates.Add(NewUpdate(e, [OutputContentMapper.ToRefusal(refusal.Refusal, rawRepresentation: null)]));
                break;
            case ResponseOutputItemDoneEvent { Item: { } item }:
                updates.Add(NewUpdate(e, ItemDone(item)));
                break;
            case ResponseErrorEvent error:
                updates.Add(NewUpdate(e, [new ErrorContent(error.Message) { ErrorCode = error.Code, Details = error.Param }]));
                break;
            default:
                updates.Add(NewUpdate(e, []));
                break;
        }

        return updates;
    }

    private TextReasoningContent ReasoningDelta(string itemId, int summaryIndex, string delta)
    {
        // A new summary part is separated from the last as in a whole response, so streamed and polled reasoning read the same.
        var (length, lastIndex) = _reasoningDelivered.GetValueOrDefault(itemId, (0, summaryIndex));
        if (summaryIndex != lastIndex && length > 0)
        {
            delta = "\n\n" + delta;
        }

        _reasoningDelivered[itemId] = (length + delta.Length, summaryIndex);
        return OutputContentMapper.ToReasoning(delta, protectedData: null, itemId, rawRepresentation: null);
    }

    private List<AIContent> ItemDone(ResponseItem item)
    {
        if (item.Id is { } id)
        {
            _doneItems.Add(id);
        }

        switch (item)
        {
            case MessageItem message:
                // The text came as deltas; what only the finished message has is its citations.
                var annotations = message.Content.OfType<OutputTextPart>().SelectMany(part => OutputContentMapper.ToAnnotations(part.Annotations) ?? []).ToList();
                return annotations.Count > 0 ? [new AIContent { Annotations = annotations }] : [];
            case ReasoningItem reasoning:
                // The summary came as deltas; the encrypted content, needed to send the reasoning back, only comes here.
                return reasoning.EncryptedContent is { Length: > 0 } encrypted
                    ? [OutputContentMapper.ToReasoning(null, encrypted, reasoning.Id, rawRepresentation: null)]
                    : [];
            default:
                return OutputContentMapper.ToContents(item);
        }
    }

    private void Track(ModelResponse response)
    {
        if (!string.IsNullOrEmpty(response.Id))
        {
            ResponseId = response.Id;
        }

        ModelId = response.Model ?? ModelId;
        CreatedAt = response.CreatedAt == default ? CreatedAt : response.CreatedAt;
        ConversationId = ChatResponseMapper.ConversationIdOf(response);
    }

    /// <summary>
    /// When the SDK had to finish the stream by polling, the text deltas after the last event delivered never came;
    /// the final response has them, and they are delivered here so the caller's text is whole.
    /// </summary>
    private void AddUndelivered(ModelResponse response, ResponseStreamEvent e, List<ChatResponseUpdate> updates)
    {
        foreach (var item in response.Output)
        {
            if (item.Id is { } doneId && _doneItems.Contains(doneId))
            {
                continue;
            }

            switch (item)
            {
                case MessageItem message:
                    AddUndeliveredParts(message, e, updates);
                    break;
                case ReasoningItem reasoning:
                    var summary = OutputContentMapper.SummaryOf(reasoning);
                    var delivered = reasoning.Id is { } reasoningId ? _reasoningDelivered.GetValueOrDefault(reasoningId).Length : 0;
                    var rest = delivered < summary.Length ? summary[delivered..] : null;
                    if (rest is not null || reasoning.EncryptedContent is { Length: > 0 })
                    {
                        updates.Add(NewUpdate(e, [OutputContentMapper.ToReasoning(rest, reasoning.EncryptedContent, reasoning.Id, rawRepresentation: null)]));
                    }

                    break;
                default:
                    // A tool call the stream never finished telling: the caller must still see it, or a function would never run.
                    updates.Add(NewUpdate(e, OutputContentMapper.ToContents(item)));
                    break;
            }
        }
    }

    private void AddUndeliveredParts(MessageItem message, ResponseStreamEvent e, List<ChatResponseUpdate> updates)
    {
        if (message.Id is not { } itemId)
        {
            return;
        }

        for (var index = 0; index < message.Content.Count; index++)
        {
            switch (message.Content[index])
            {
                case OutputTextPart { Text: { } text } part:
                    var delivered = _delivered.GetValueOrDefault((itemId, index));
                    if (delivered < text.Length)
                    {
                        _delivered[(itemId, index)] = text.Length;
                        MessageId = itemId;
                        Role = ChatResponseMapper.ToRole(message.Role);
                        updates.Add(NewUpdate(e, [new TextContent(text[delivered..]) { Annotations = OutputContentMapper.ToAnnotations(part.Annotations) }]));
                    }

                    break;
                case RefusalPart refusal when _refusalsDelivered.Add((itemId, index)):
                    MessageId = itemId;
                    updates.Add(NewUpdate(e, [OutputContentMapper.ToRefusal(refusal.Refusal, rawRepresentation: null)]));
                    break;
            }
        }
    }

    private ChatResponseUpdate NewUpdate(ResponseStreamEvent e, List<AIContent> contents) => new(Role, contents)
    {
        ResponseId = ResponseId,
        MessageId = MessageId,
        ModelId = ModelId,
        CreatedAt = CreatedAt,
        ConversationId = ConversationId ?? ResponseId,
        RawRepresentation = e,
    };
}
