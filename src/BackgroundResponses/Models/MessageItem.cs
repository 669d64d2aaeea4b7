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
    public IList<ResponseContentPart> Content
    {
        get => _content;
        set => _content = value ?? new List<ResponseContentPart>();
    }

    /// <summary>Gets or sets the status of an output message: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public string? Status { get; set; }

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

    private static MessageItem CreateInput(MessageRole role, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new MessageItem { Role = role, Content = { new InputTextPart { Text = text } } };
    }
}
