using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>Turns the model's output (items and message parts) into MEAI contents, the same way whether it was streamed or read whole.</summary>
internal static class OutputContentMapper
{
    /// <summary>The key under which a reasoning content keeps its item's id, so it goes back as the same item (the name Microsoft.Extensions.AI.OpenAI uses).</summary>
    public const string ReasoningItemIdKey = "reasoningItemId";

    /// <summary>The contents of an output item that is not a message; each carries the item as its raw representation, so it can be sent back unchanged.</summary>
    public static List<AIContent> ToContents(ResponseItem item)
    {
        switch (item)
        {
            case FunctionCallItem call:
                return [ToFunctionCall(call)];
            case FunctionCallOutputItem output:
                return [new FunctionResultContent(output.CallId ?? string.Empty, output.Output?.Text ?? (object?)output.Output) { RawRepresentation = output }];
            case ReasoningItem reasoning:
                return [ToReasoning(SummaryOf(reasoning), reasoning.EncryptedContent, reasoning.Id, reasoning)];
            case WebSearchCallItem search:
                return
                [
                    new WebSearchToolCallContent(search.Id ?? string.Empty) { Queries = QueriesOf(search.Action), RawRepresentation = search },
                    new WebSearchToolResultContent(search.Id ?? string.Empty) { Outputs = SourcesOf(search.Action), RawRepresentation = search },
                ];
            case CodeInterpreterCallItem code:
                return
                [
                    new CodeInterpreterToolCallContent(code.Id ?? string.Empty)
                    {
                        Inputs = code.Code is { } source ? [new DataContent(Encoding.UTF8.GetBytes(source), "text/x-python")] : null,
                        RawRepresentation = code,
                    },
                    new CodeInterpreterToolResultContent(code.Id ?? string.Empty) { Outputs = OutputsOf(code), RawRepresentation = code },
                ];
            case McpCallItem mcp:
                return
                [
                    new McpServerToolCallContent(mcp.Id ?? string.Empty, mcp.Name ?? string.Empty, mcp.ServerLabel)
                    {
                        Arguments = ParseArguments(mcp.Arguments),
                        RawRepresentation = mcp,
                    },
                    new McpServerToolResultContent(mcp.Id ?? string.Empty)
                    {
                        Outputs = mcp.Error is { } error
                            ? [new ErrorContent(error.Message) { ErrorCode = error.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) }]
                            : [new TextContent(mcp.Output)],
                        RawRepresentation = mcp,
                    },
                ];
            case McpApprovalRequestItem approval:
                var toolCall = new McpServerToolCallContent(approval.Id ?? string.Empty, approval.Name ?? string.Empty, approval.ServerLabel)
                {
                    Arguments = ParseArguments(approval.Arguments),
                    RawRepresentation = approval,
                };
                return [new ToolApprovalRequestContent(approval.Id ?? string.Empty, toolCall) { RawRepresentation = approval }];
            case ImageGenerationCallItem image:
                return
                [
                    new ImageGenerationToolCallContent(image.Id ?? string.Empty) { RawRepresentation = image },
                    new ImageGenerationToolResultContent(image.Id ?? string.Empty)
                    {
                        Outputs = image.Result is { Length: > 0 } base64 ? [new DataContent(Convert.FromBase64String(base64), "image/png")] : null,
                        RawRepresentation = image,
                    },
                ];
            default:
                // File search, computer use, shell, custom tools, items added after this version: kept whole, sent back unchanged.
                return [new AIContent { RawRepresentation = item }];
        }
    }

    /// <summary>The contents of a message: text with its citations, refusals as errors.</summary>
    public static List<AIContent> ToContents(MessageItem message)
    {
        var contents = new List<AIContent>(message.Content.Count);
        foreach (var part in message.Content)
        {
            contents.Add(part switch
            {
                OutputTextPart text => new TextContent(text.Text) { Annotations = ToAnnotations(text.Annotations), RawRepresentation = part },
                InputTextPart text => new TextContent(text.Text) { RawRepresentation = part },
                RefusalPart refusal => ToRefusal(refusal.Refusal, part),
                _ => new AIContent { RawRepresentation = part },
            });
        }

        return contents;
    }

    public static ErrorContent ToRefusal(string? refusal, object? rawRepresentation) =>
        new(refusal) { ErrorCode = "Refusal", RawRepresentation = rawRepresentation };

    public static FunctionCallContent ToFunctionCall(FunctionCallItem call)
    {
        // Arguments that are not a JSON object land in Exception rather than throwing, so a function-invoking client can tell the model.
        var content = FunctionCallContent.CreateFromParsedArguments(
            call.Arguments ?? "{}", call.CallId ?? string.Empty, call.Name ?? string.Empty, ParseArgumentsStrict);
        content.RawRepresentation = call;
        return content;
    }

    public static TextReasoningContent ToReasoning(string? text, string? protectedData, string? itemId, object? rawRepresentation)
    {
        var content = new TextReasoningContent(text) { ProtectedData = protectedData, RawRepresentation = rawRepresentation };
        if (!string.IsNullOrEmpty(itemId))
        {
            (content.AdditionalProperties ??= [])[ReasoningItemIdKey] = itemId;
        }

        return content;
    }

    public static string SummaryOf(ReasoningItem reasoning) => string.Join("\n\n", reasoning.Summary.Select(part => part.Text));

    public static List<AIAnnotation>? ToAnnotations(IList<ResponseAnnotation> annotations)
    {
        if (annotations.Count == 0)
        {
            return null;
        }

        var result = new List<AIAnnotation>(annotations.Count);
        foreach (var annotation in annotations)
        {
            result.Add(annotation switch
            {
                UrlCitationAnnotation url => new CitationAnnotation
                {
                    Url = Uri.TryCreate(url.Url, UriKind.Absolute, out var uri) ? uri : null,
                    Title = url.Title,
                    AnnotatedRegions = [new TextSpanAnnotatedRegion { StartIndex = url.StartIndex, EndIndex = url.EndIndex }],
                    RawRepresentation = url,
                },
                FileCitationAnnotation file => new CitationAnnotation { FileId = file.FileId, Title = file.Filename, RawRepresentation = file },
                ContainerFileCitationAnnotation file => new CitationAnnotation
                {
                    FileId = file.FileId,
                    Title = file.Filename,
                    AnnotatedRegions = [new TextSpanAnnotatedRegion { StartIndex = file.StartIndex, EndIndex = file.EndIndex }],
                    RawRepresentation = file,
                },
                FilePathAnnotation path => new CitationAnnotation { FileId = path.FileId, RawRepresentation = path },
                _ => new AIAnnotation { RawRepresentation = annotation },
            });
        }

        return result;
    }

    private static IDictionary<string, object?>? ParseArguments(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return ParseArgumentsStrict(json);
        }
        catch (JsonException)
        {
            // An MCP call's arguments are informational here (the service ran the tool); the raw item keeps the text.
            return null;
        }
    }

    private static Dictionary<string, object?>? ParseArgumentsStrict(string json) =>
        JsonSerializer.Deserialize(json, ExtensionsAIJsonContext.Default.DictionaryStringObject);

    private static List<string>? QueriesOf(WebSearchAction? action) => action switch
    {
        WebSearchSearchAction { Queries: { Count: > 0 } queries } => [.. queries],
        WebSearchSearchAction { Query: { } query } => [query],
        _ => null,
    };

    private static List<AIContent>? SourcesOf(WebSearchAction? action) => action switch
    {
        WebSearchSearchAction { Sources: { Count: > 0 } sources } =>
            [.. sources.Where(s => Uri.TryCreate(s.Url, UriKind.Absolute, out _)).Select(s => (AIContent)new UriContent(new Uri(s.Url!), "text/html"))],
        WebSearchOpenPageAction { Url: { } url } when Uri.TryCreate(url, UriKind.Absolute, out var uri) => [new UriContent(uri, "text/html")],
        _ => null,
    };

    private static List<AIContent>? OutputsOf(CodeInterpreterCallItem code)
    {
        if (code.Outputs is not { Count: > 0 } outputs)
        {
            return null;
        }

        var contents = new List<AIContent>(outputs.Count);
        foreach (var output in outputs)
        {
            switch (output)
            {
                case CodeInterpreterLogsOutput logs:
                    contents.Add(new TextContent(logs.Logs) { RawRepresentation = logs });
                    break;
                case CodeInterpreterImageOutput { Url: { } url } image:
                    contents.Add(url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                        ? new DataContent(url) { RawRepresentation = image }
                        : new UriContent(url, "image/*") { RawRepresentation = image });
                    break;
                default:
                    contents.Add(new AIContent { RawRepresentation = output });
                    break;
            }
        }

        return contents;
    }
}
