using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The <c>content</c> of a message as on the wire: a string or a list of parts (see <see cref="MessageItem.IsContentText"/>).</summary>
[JsonConverter(typeof(MessageContentJsonConverter))]
internal sealed class MessageContent
{
    private MessageContent(string? text, IList<ResponseContentPart>? parts)
    {
        Text = text;
        Parts = parts;
    }

    /// <summary>Gets the text, or <see langword="null"/> for the list form.</summary>
    public string? Text { get; }

    /// <summary>Gets the parts, or <see langword="null"/> for the text form.</summary>
    public IList<ResponseContentPart>? Parts { get; }

    /// <summary>Creates the text form.</summary>
    public static MessageContent FromText(string text) => new(text, null);

    /// <summary>Creates the list form.</summary>
    public static MessageContent FromParts(IList<ResponseContentPart> parts) => new(null, parts);
}
