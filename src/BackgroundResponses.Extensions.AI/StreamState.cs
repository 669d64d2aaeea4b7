using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>What a stream has told so far, so that each event becomes a <see cref="ChatResponseUpdate"/> with the response's details.</summary>
internal sealed class StreamState
{
    // Characters of text delivered per (item, content part), so that a stream the SDK finished by polling adds exactly what is missing.
    private readonly Dictionary<(string ItemId, int ContentIndex), int> _delivered = [];

    public string? ResponseId { get; set; }

    public bool IsFinished { get; private set; }

    /// <summary>
    /// Gets or sets a value indicating whether this stream started with the response's first event, so that the text
    /// delivered is known in full. A stream resumed from a token does not know what went before it.
    /// </summary>
    public bool StartedAtBeginning { get; set; } = true;

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

                if (e is ResponsePolledEvent || status is { IsTerminal: true })
                {
                    IsFinished = true;
                    if (e is ResponsePolledEvent && StartedAtBeginning)
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
            case ResponseErrorEvent error:
                updates.Add(NewUpdate(e, [new ErrorContent(error.Message) { ErrorCode = error.Code, Details = error.Param }]));
                break;
            default:
                updates.Add(NewUpdate(e, []));
                break;
        }

        return updates;
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
        foreach (var message in response.Output.OfType<MessageItem>())
        {
            for (var index = 0; index < message.Content.Count; index++)
            {
                if (message.Content[index] is not OutputTextPart { Text: { } text } || message.Id is not { } itemId)
                {
                    continue;
                }

                var delivered = _delivered.GetValueOrDefault((itemId, index));
                if (delivered < text.Length)
                {
                    _delivered[(itemId, index)] = text.Length;
                    MessageId = itemId;
                    Role = ChatResponseMapper.ToRole(message.Role);
                    updates.Add(NewUpdate(e, [new TextContent(text[delivered..])]));
                }
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
