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

            AddTools(request, options);
            if (options.ResponseFormat is { } format && request.Text?.Format is null)
            {
                (request.Text ??= new ResponseTextOptions()).Format = ToTextFormat(format, options);
            }

            if (options.Reasoning is { } reasoning && request.Reasoning is null)
            {
                request.Reasoning = ToReasoning(reasoning);
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

        var mapper = new InputItemMapper(items);
        foreach (var message in messages)
        {
            mapper.Add(message);
        }

        request.Input = items;
        return request;
    }

    private static void AddTools(CreateResponseRequest request, ChatOptions options)
    {
        if (options.Tools is not { Count: > 0 } tools)
        {
            return;
        }

        request.Tools ??= [];
        foreach (var tool in tools)
        {
            request.Tools.Add(ToolMapper.ToTool(tool, options));
        }

        request.ToolChoice ??= ToolMapper.ToToolChoice(options.ToolMode);
        request.ParallelToolCalls ??= options.AllowMultipleToolCalls;
    }

    private static ResponseTextFormat ToTextFormat(ChatResponseFormat format, ChatOptions options) => format switch
    {
        ChatResponseFormatText => new TextFormat(),
        ChatResponseFormatJson { Schema: { } schema } json => new JsonSchemaFormat
        {
            // The API requires a name; MEAI's is optional. The same default as Microsoft.Extensions.AI.OpenAI's.
            Name = json.SchemaName ?? "json_schema",
            Schema = schema,
            Description = json.SchemaDescription,
            Strict = options.AdditionalProperties?.TryGetValue(ToolMapper.StrictKey, out var strict) is true ? strict as bool? : null,
        },
        ChatResponseFormatJson => new JsonObjectFormat(),
        _ => throw new NotSupportedException($"The response format {format.GetType().Name} has no Responses API equivalent."),
    };

    private static ResponseReasoningOptions? ToReasoning(ReasoningOptions reasoning)
    {
        BackgroundResponses.ReasoningEffort? effort = reasoning.Effort switch
        {
            null => (BackgroundResponses.ReasoningEffort?)null,
            Microsoft.Extensions.AI.ReasoningEffort.None => BackgroundResponses.ReasoningEffort.None,
            Microsoft.Extensions.AI.ReasoningEffort.Low => BackgroundResponses.ReasoningEffort.Low,
            Microsoft.Extensions.AI.ReasoningEffort.Medium => BackgroundResponses.ReasoningEffort.Medium,
            Microsoft.Extensions.AI.ReasoningEffort.High => BackgroundResponses.ReasoningEffort.High,
            Microsoft.Extensions.AI.ReasoningEffort.ExtraHigh => BackgroundResponses.ReasoningEffort.XHigh,
            var other => throw new NotSupportedException($"The reasoning effort {other} has no Responses API equivalent."),
        };

        // MEAI's output levels are the API's summary levels: none is not asking for one.
        ReasoningSummaryMode? summary = reasoning.Output switch
        {
            null or ReasoningOutput.None => (ReasoningSummaryMode?)null,
            ReasoningOutput.Summary => ReasoningSummaryMode.Concise,
            ReasoningOutput.Full => ReasoningSummaryMode.Detailed,
            var other => throw new NotSupportedException($"The reasoning output {other} has no Responses API equivalent."),
        };

        return effort is null && summary is null ? null : new ResponseReasoningOptions { Effort = effort, Summary = summary };
    }
}
