using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>Turns a <see cref="ModelResponse"/> into MEAI's <see cref="ChatResponse"/>.</summary>
internal static class ChatResponseMapper
{
    public static ChatResponse ToChatResponse(ModelResponse response, bool issueToken)
    {
        if (response.Status is { } status && (status == ResponseStatus.Failed || status == ResponseStatus.Cancelled))
        {
            throw new ResponseFailedException(response);
        }

        var pending = response.Status is not { } s || s.IsPending;
        return new ChatResponse(ToMessages(response, pending))
        {
            ResponseId = response.Id,
            ConversationId = ConversationIdOf(response),
            ModelId = response.Model,
            CreatedAt = response.CreatedAt,
            Usage = ToUsage(response.Usage),
            FinishReason = pending ? null : FinishReasonOf(response),
            RawRepresentation = response,

            // MEAI: a token while the result is still to be obtained, none once it is.
            ContinuationToken = issueToken && pending ? new ResponsesContinuationToken(response.Id) : null,
        };
    }

    /// <summary>The conversation to continue: the OpenAI conversation if one is used, else this response (chained by previous_response_id), none if it is not stored.</summary>
    public static string? ConversationIdOf(ModelResponse response) =>
        response.Conversation?.Id is { Length: > 0 } conversation ? conversation
        : response.Store is false ? null
        : response.Id;

    public static UsageDetails? ToUsage(ResponseUsage? usage) => usage is null ? null : new UsageDetails
    {
        InputTokenCount = usage.InputTokens,
        OutputTokenCount = usage.OutputTokens,
        TotalTokenCount = usage.TotalTokens,
        CachedInputTokenCount = usage.InputTokensDetails?.CachedTokens,
        ReasoningTokenCount = usage.OutputTokensDetails?.ReasoningTokens,
    };

    /// <summary>
    /// Stop for a completed answer, ToolCalls when it ends in function calls, whether it was streamed or not
    /// (Microsoft.Extensions.AI.OpenAI reports none when not streaming); Length or ContentFilter for an incomplete one, as its reason says.
    /// </summary>
    public static ChatFinishReason? FinishReasonOf(ModelResponse response)
    {
        if (response.Status == ResponseStatus.Incomplete)
        {
            var reason = response.IncompleteDetails?.Reason;
            return reason == ResponseIncompleteReason.MaxOutputTokens ? ChatFinishReason.Length
                : reason == ResponseIncompleteReason.ContentFilter ? ChatFinishReason.ContentFilter
                : reason is { } other ? new ChatFinishReason(other.Value)
                : null;
        }

        // Calls the caller must answer end the turn as tool calls, as Microsoft.Extensions.AI.OpenAI reports them when streaming.
        return response.Status != ResponseStatus.Completed ? null
            : response.Output.Any(item => item is FunctionCallItem) ? ChatFinishReason.ToolCalls
            : ChatFinishReason.Stop;
    }

    public static ChatRole ToRole(MessageRole role) =>
        role == MessageRole.User ? ChatRole.User
        : role == MessageRole.System ? ChatRole.System
        : role == MessageRole.Assistant ? ChatRole.Assistant
        : new ChatRole(role.Value);

    private static List<ChatMessage> ToMessages(ModelResponse response, bool pending)
    {
        var messages = new List<ChatMessage>();
        ChatMessage? current = null;
        foreach (var item in response.Output)
        {
            if (item is MessageItem message)
            {
                current = new ChatMessage(ToRole(message.Role), OutputContentMapper.ToContents(message))
                {
                    MessageId = message.Id,
                    CreatedAt = response.CreatedAt,
                    RawRepresentation = message,
                };
                messages.Add(current);
                continue;
            }

            // A response still running shows its text so far, but not its calls: their arguments may be half written, and a
            // function-invoking client would run them and answer a response that has not finished. They come with the final poll.
            if (pending && item is FunctionCallItem or McpApprovalRequestItem)
            {
                continue;
            }

            // Reasoning and tool calls belong to the assistant's turn: they join the message they come with, or start one.
            if (current is null)
            {
                current = new ChatMessage(ChatRole.Assistant, []) { CreatedAt = response.CreatedAt };
                messages.Add(current);
            }

            foreach (var content in OutputContentMapper.ToContents(item))
            {
                current.Contents.Add(content);
            }
        }

        return messages;
    }
}
