using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The conversation a response belongs to (spec <c>ConversationParam</c>): its items are prepended to
/// the input, and the response's input and output are added to it when it completes. Written as the id
/// string; read from either the string or the <c>{"id":…}</c> object form. A <see cref="string"/> id
/// converts implicitly.
/// </summary>
[JsonConverter(typeof(ResponseConversationReferenceJsonConverter))]
public sealed class ResponseConversationReference
{
    /// <summary>Initializes a new instance of the <see cref="ResponseConversationReference"/> class.</summary>
    /// <param name="id">The conversation id, for example <c>conv_123</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, empty or white space.</exception>
    public ResponseConversationReference(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Gets the conversation id.</summary>
    public string Id { get; }

    /// <summary>Converts a conversation id to a reference.</summary>
    /// <param name="id">The conversation id.</param>
    public static implicit operator ResponseConversationReference(string id) => new(id);

    /// <summary>Returns the conversation id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
