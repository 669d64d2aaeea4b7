using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The output of a function call sent back to the model: plain text (the usual case) or a list of
/// content parts such as text and images (spec <c>FunctionCallOutputItemParam.output</c>). Assign a
/// <see cref="string"/> directly; the conversion is implicit.
/// </summary>
[JsonConverter(typeof(FunctionOutputJsonConverter))]
public sealed class FunctionOutput
{
    private FunctionOutput(string? text, IList<ResponseContentPart>? parts)
    {
        Text = text;
        Parts = parts;
    }

    /// <summary>Gets the text output, or <see langword="null"/> when the output is a list of parts.</summary>
    public string? Text { get; }

    /// <summary>Gets the content parts, or <see langword="null"/> when the output is text.</summary>
    public IList<ResponseContentPart>? Parts { get; }

    /// <summary>Converts text to a function output.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator FunctionOutput(string text) => FromText(text);

    /// <summary>Creates a text output.</summary>
    /// <param name="text">The text, often a JSON document the function produced.</param>
    /// <returns>The output.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static FunctionOutput FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new FunctionOutput(text, null);
    }

    /// <summary>Creates an output made of content parts.</summary>
    /// <param name="parts">The parts; the list is used as is, not copied.</param>
    /// <returns>The output.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is <see langword="null"/>.</exception>
    public static FunctionOutput FromParts(IList<ResponseContentPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new FunctionOutput(null, parts);
    }

    /// <summary>Returns the text output, or a short description of the parts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text ?? $"[{Parts!.Count} content part(s)]";
}
