using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The input of a request (spec <c>InputParam</c>): either plain text, which the API treats as a single
/// user message, or a list of conversation items. Assign a <see cref="string"/>, a
/// <see cref="List{T}"/> or an array of <see cref="ResponseItem"/> directly; the conversions are implicit.
/// </summary>
[JsonConverter(typeof(ResponseInputJsonConverter))]
public sealed class ResponseInput
{
    private ResponseInput(string? text, IList<ResponseItem>? items)
    {
        Text = text;
        Items = items;
    }

    /// <summary>Gets the plain-text input, or <see langword="null"/> when the input is a list of items.</summary>
    public string? Text { get; }

    /// <summary>Gets the items, or <see langword="null"/> when the input is plain text.</summary>
    public IList<ResponseItem>? Items { get; }

    /// <summary>Converts plain text to an input.</summary>
    /// <param name="text">The text, sent as a user message.</param>
    public static implicit operator ResponseInput(string text) => FromText(text);

    /// <summary>Converts a list of items to an input.</summary>
    /// <param name="items">The items; the list is used as is, not copied.</param>
    public static implicit operator ResponseInput(List<ResponseItem> items) => FromItems(items);

    /// <summary>Converts an array of items to an input.</summary>
    /// <param name="items">The items; the array is used as is, not copied.</param>
    public static implicit operator ResponseInput(ResponseItem[] items) => FromItems(items);

    /// <summary>Creates a plain-text input.</summary>
    /// <param name="text">The text, sent as a user message.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ResponseInput FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ResponseInput(text, null);
    }

    /// <summary>Creates an input from conversation items.</summary>
    /// <param name="items">The items; the list is used as is, not copied.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    public static ResponseInput FromItems(IList<ResponseItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new ResponseInput(null, items);
    }
}
