using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>Builds a <see cref="CreateResponseRequest"/> from MEAI messages and options.</summary>
internal static class ChatRequestMapper
{
    public static CreateResponseRequest ToRequest(IEnumerable<ChatMessage> messages, ChatOptions? options, string? defaultModelId, IChatClient client)
    {
        // As in Microsoft.Extensions.AI.OpenAI: a request the caller prepared wins, the options fill what it leaves unset.
        var request = options?.RawRepresentationFactory?.Invoke(client) switch
        {
            null => new CreateResponseRequest(),
            CreateResponseRequest prepared => prepared,
            var other => throw new InvalidOperationException(
                $"ChatOptions.RawRepresentationFactory returned a {other.GetType().Name}; this client takes a {nameof(CreateResponseRequest)}."),
        };

        request.Model ??= options?.ModelId ?? defaultModelId;
        if (options is not null)
        {
            request.MaxOutputTokens ??= options.MaxOutputTokens;
            request.Temperature ??= options.Temperature;
            request.TopP ??= options.TopP;
            if (!string.IsNullOrEmpty(options.Instructions))
            {
                request.Instructions = string.IsNullOrEmpty(request.Instructions) ? options.Instructions : request.Instructions + "\n" + options.Instructions;
            }

            if (options.ConversationId is { } conversationId && request.PreviousResponseId is null && request.Conversation is null)
            {
                // MEAI has one ConversationId; the API tells a conversation (conv_…) from a response to chain from.
                if (conversationId.StartsWith("conv_", StringComparison.OrdinalIgnoreCase))
                {
                    request.Conversation = new ResponseConversationReference(conversationId);
                }
                else
                {
                    request.PreviousResponseId = conversationId;
                }
            }
        }

        var items = new List<ResponseItem>();
        if (request.Input?.Items is { } preparedItems)
        {
            items.AddRange(preparedItems);
        }
        else if (request.Input?.Text is { } preparedText)
        {
            items.Add(MessageItem.CreateUserMessage(preparedText));
        }

        foreach (var message in messages)
        {
            AddItems(message, items);
        }

        request.Input = items;
        return request;
    }

    private static void AddItems(ChatMessage message, List<ResponseItem> items)
    {
        ArgumentNullException.ThrowIfNull(message);

        foreach (var content in message.Contents)
        {
            switch (content)
            {
                case { RawRepresentation: ResponseItem item }:
                    // An item read back from this client that it does not map yet: re-sent unchanged.
                    items.Add(item);
                    break;
                case TextContent text:
                    items.Add(ToMessage(message.Role, text.Text ?? string.Empty));
                    break;
                case UsageContent:
                    // Bookkeeping from a streamed answer, not something the model said: nothing to send.
                    break;
                default:
                    throw new NotSupportedException(
                        $"{content.GetType().Name} in a {message.Role} message is not supported by this chat client yet; only text is sent.");
            }
        }
    }

    private static MessageItem ToMessage(ChatRole role, string text)
    {
        if (role == ChatRole.User)
        {
            return MessageItem.CreateUserMessage(text);
        }

        if (role == ChatRole.Assistant)
        {
            return MessageItem.CreateAssistantMessage(text);
        }

        if (role == ChatRole.System)
        {
            // Sent as a system message item, as Microsoft.Extensions.AI.OpenAI does: it keeps its place among the
            // messages, whereas ChatOptions.Instructions is the place for text that must not be carried over by previous_response_id.
            return MessageItem.CreateSystemMessage(text);
        }

        if (string.Equals(role.Value, "developer", StringComparison.OrdinalIgnoreCase))
        {
            return MessageItem.CreateDeveloperMessage(text);
        }

        throw new NotSupportedException($"A text message with role '{role.Value}' cannot be sent; use user, assistant, system or developer.");
    }
}
