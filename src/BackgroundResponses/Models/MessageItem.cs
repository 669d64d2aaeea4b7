using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A message from the user, the developer, the system or the model (type <c>message</c>).</summary>
public sealed class MessageItem : ResponseItem
{
    private IList<ResponseContentPart> _content = new List<ResponseContentPart>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "message";

    /// <summary>Gets or sets who wrote the message.</summary>
    public MessageRole Role { get; set; }

    /// <summary>Gets or sets the content parts. Never <see langword="null"/>.</summary>
    /// <remarks>A message read with string content (the spec's <c>EasyInputMessage</c>) has one <see cref="InputTextPart"/> here.</remarks>
    [JsonIgnore]
    public IList<ResponseContentPart> Content
    {
        get => _content;
        set => _content = value ?? new List<ResponseContentPart>();
    }

    /// <summary>
    /// Gets or sets a value indicating whether the content is written as a plain JSON string (<c>"content": "hi"</c>,
    /// the spec's <c>EasyInputMessage</c>) rather than a list of parts. Set when the message was read that way, so it is
    /// written back as it came.
    /// </summary>
    /// <remarks>
    /// Only honoured while <see cref="Content"/> is a single text part with nothing a string cannot carry (no
    /// annotations, no unknown properties); otherwise the list is written, so no edit of the parts is ever lost.
    /// </remarks>
    [JsonIgnore]
    public bool IsContentText { get; set; }

    // The wire form of Content: the spec's "string or list of parts" union.
    [JsonInclude]
    [JsonPropertyName("content")]
    internal MessageContent WireContent
    {
        get => IsContentText && GetPlainText(_content) is { } text ? MessageContent.FromText(text) : MessageContent.FromParts(_content);
        set
        {
            // "content": null arrives as null; it reads as no parts, as it always has.
            IsContentText = value?.Text is not null;
            Content = value?.Text is { } text ? new List<ResponseContentPart> { new InputTextPart { Text = text } } : value?.Parts!;
        }
    }

    /// <summary>Gets or sets the status of an output message: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Creates a user message with one <c>input_text</c> part.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static MessageItem CreateUserMessage(string text) => CreateInput(MessageRole.User, text);

    /// <summary>Creates a developer message with one <c>input_text</c> part.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static MessageItem CreateDeveloperMessage(string text) => CreateInput(MessageRole.Developer, text);

    /// <summary>Creates a system message with one <c>input_text</c> part.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static MessageItem CreateSystemMessage(string text) => CreateInput(MessageRole.System, text);

    /// <summary>Creates an assistant message with one <c>output_text</c> part, to replay earlier model output.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static MessageItem CreateAssistantMessage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MessageItem { Role = MessageRole.Assistant, Content = { new OutputTextPart { Text = text } } };
    }

    private static string? GetPlainText(IList<ResponseContentPart> content) =>
        content is [var part] && part.AdditionalProperties is null or { Count: 0 }
            ? part switch
            {
                InputTextPart input => input.Text,
                OutputTextPart output when output.Annotations.Count == 0 => output.Text,
                _ => null,
            }
            : null;

    private static MessageItem CreateInput(MessageRole role, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MessageItem { Role = role, Content = { new InputTextPart { Text = text } } };
    }
}
