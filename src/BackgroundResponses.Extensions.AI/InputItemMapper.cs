using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>
/// Turns MEAI messages into input items, keeping their order: message parts gather into one message item per run of
/// text, image and file contents; tool calls, tool results and reasoning become items of their own between them.
/// </summary>
internal sealed class InputItemMapper
{
    // MEAI's tool role has no message of its own in the Responses API: its function results become function_call_output items.
    private static readonly MessageRole ToolRole = new("tool");

    // MEAI's serializer settings (camelCase, its converters), written compactly: tool arguments and results are tokens the model pays for.
    private static readonly JsonSerializerOptions CompactJson = new(AIJsonUtilities.DefaultOptions) { WriteIndented = false };

    private readonly List<ResponseItem> _items;

    // Contents read back from this client carry their item; a call and its result share one, which must be sent once.
    private readonly HashSet<ResponseItem> _sent = new(ReferenceEqualityComparer.Instance);

    private MessageItem? _message;
    private ReasoningItem? _reasoning;

    public InputItemMapper(List<ResponseItem> items)
    {
        _items = items;
    }

    public void Add(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var role = RoleOf(message.Role);
        foreach (var content in message.Contents)
        {
            if (content is not TextReasoningContent)
            {
                _reasoning = null;
            }

            switch (content)
            {
                case { RawRepresentation: ResponseItem item }:
                    Flush();
                    if (_sent.Add(item))
                    {
                        _items.Add(item);
                    }

                    break;
                case TextContent text:
                    Part(role, role == MessageRole.Assistant ? new OutputTextPart { Text = text.Text ?? string.Empty } : new InputTextPart { Text = text.Text ?? string.Empty });
                    break;
                case ErrorContent { ErrorCode: "Refusal" } refusal when role == MessageRole.Assistant:
                    Part(role, new RefusalPart { Refusal = refusal.Message });
                    break;
                case DataContent or UriContent or HostedFileContent:
                    Part(role, ToInputPart(content, message.Role));
                    break;
                case FunctionCallContent call:
                    Flush();
                    _items.Add(new FunctionCallItem
                    {
                        CallId = call.CallId,
                        Name = call.Name,
                        Arguments = call.Arguments is null ? "{}" : JsonSerializer.Serialize(call.Arguments, CompactJson.GetTypeInfo(typeof(IDictionary<string, object?>))),
                    });
                    break;
                case FunctionResultContent result:
                    Flush();
                    _items.Add(new FunctionCallOutputItem { CallId = result.CallId, Output = ToFunctionOutput(result) });
                    break;
                case TextReasoningContent reasoning:
                    AddReasoning(reasoning);
                    break;
                case ToolApprovalResponseContent { ToolCall: McpServerToolCallContent } approval:
                    Flush();
                    _items.Add(new McpApprovalResponseItem { ApprovalRequestId = approval.RequestId, Approve = approval.Approved, Reason = approval.Reason });
                    break;
                case UsageContent:
                    // Bookkeeping from a streamed answer, not something the model said: nothing to send.
                    break;
                case { RawRepresentation: null } when content.GetType() == typeof(AIContent):
                    // A streamed update's carrier of citations (the text they belong to is sent as TextContent).
                    break;
                default:
                    throw new NotSupportedException(
                        $"{content.GetType().Name} in a {message.Role} message cannot be sent to the Responses API by this client. " +
                        "Contents read back from it are sent as they came; build others with text, image, file, function call/result or reasoning contents.");
            }
        }

        Flush();
        _reasoning = null;
    }

    private static MessageRole RoleOf(ChatRole role) =>
        role == ChatRole.User ? MessageRole.User
        : role == ChatRole.Assistant ? MessageRole.Assistant
        : role == ChatRole.System ? MessageRole.System
        : role == ChatRole.Tool ? ToolRole
        : string.Equals(role.Value, "developer", StringComparison.OrdinalIgnoreCase) ? MessageRole.Developer
        : new MessageRole(role.Value);

    private static ResponseContentPart ToInputPart(AIContent content, ChatRole role)
    {
        if (role != ChatRole.User)
        {
            throw new NotSupportedException($"{content.GetType().Name} can only be sent in a user message (the Responses API takes images and files as user input), not in a {role} message.");
        }

        var detail = content.AdditionalProperties?.TryGetValue("detail", out var value) is true ? value?.ToString() : null;
        return content switch
        {
            DataContent data when data.HasTopLevelMediaType("image") => new InputImagePart { ImageUrl = data.Uri, Detail = detail ?? "auto" },
            DataContent data => new InputFilePart { FileData = data.Uri, Filename = data.Name ?? DefaultFileName(data.MediaType) },
            UriContent uri when uri.HasTopLevelMediaType("image") => new InputImagePart { ImageUrl = uri.Uri.AbsoluteUri, Detail = detail ?? "auto" },
            UriContent uri => new InputFilePart { FileUrl = uri.Uri.AbsoluteUri },
            HostedFileContent file when file.HasTopLevelMediaType("image") => new InputImagePart { FileId = file.FileId, Detail = detail ?? "auto" },
            HostedFileContent file => new InputFilePart { FileId = file.FileId },
            _ => throw new UnreachableException(),
        };
    }

    private static string DefaultFileName(string mediaType) => mediaType switch
    {
        "application/pdf" => "file.pdf",
        "text/plain" => "file.txt",
        "text/markdown" => "file.md",
        "text/csv" => "file.csv",
        "application/json" => "file.json",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "file.docx",
        _ => "file",
    };

    private static FunctionOutput ToFunctionOutput(FunctionResultContent result)
    {
        switch (result.Result)
        {
            case null:
                return result.Exception is { } exception ? $"Error: {exception.Message}" : string.Empty;
            case string text:
                return text;
            case JsonElement json:
                return json.ValueKind == JsonValueKind.String ? json.GetString()! : json.GetRawText();
            case AIContent single:
                return FunctionOutput.FromParts(ToOutputParts([single]));
            case IEnumerable<AIContent> many:
                return FunctionOutput.FromParts(ToOutputParts(many));
            default:
                // As Microsoft.Extensions.AI.OpenAI: any other result goes as its JSON.
                return JsonSerializer.Serialize(result.Result, CompactJson.GetTypeInfo(typeof(object)));
        }
    }

    private static List<ResponseContentPart> ToOutputParts(IEnumerable<AIContent> contents) =>
        [.. contents.Select(content => content is TextContent text ? new InputTextPart { Text = text.Text ?? string.Empty } : ToInputPart(content, ChatRole.User))];

    private void AddReasoning(TextReasoningContent reasoning)
    {
        Flush();
        var itemId = reasoning.AdditionalProperties?.TryGetValue(OutputContentMapper.ReasoningItemIdKey, out var id) is true
            ? id switch { string s => s, JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(), _ => null }
            : null;

        // A streamed reasoning item arrives as many contents (summary deltas, then its encrypted content): one item again.
        if (_reasoning is null || (itemId is not null && _reasoning.Id is not null && _reasoning.Id != itemId))
        {
            _reasoning = new ReasoningItem { Id = itemId };
            _items.Add(_reasoning);
        }

        _reasoning.Id ??= itemId;
        if (!string.IsNullOrEmpty(reasoning.Text))
        {
            if (_reasoning.Summary.Count == 0)
            {
                _reasoning.Summary.Add(new ReasoningSummaryPart { Text = reasoning.Text });
            }
            else
            {
                _reasoning.Summary[^1].Text += reasoning.Text;
            }
        }

        _reasoning.EncryptedContent = reasoning.ProtectedData ?? _reasoning.EncryptedContent;
    }

    private void Part(MessageRole role, ResponseContentPart part)
    {
        if (role == ToolRole)
        {
            throw new NotSupportedException($"A tool message carries function results; its {part.Type} content has nowhere to go.");
        }

        if (_message is null)
        {
            _message = new MessageItem { Role = role };
            _items.Add(_message);
        }

        _message.Content.Add(part);
    }

    private void Flush() => _message = null;
}
