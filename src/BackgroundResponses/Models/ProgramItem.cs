using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Code the model wrote for the <see cref="ProgrammaticToolCallingTool"/> (type <c>program</c>, spec <c>Program</c>);
/// its result is a <see cref="ProgramOutputItem"/> of the same <see cref="CallId"/>.
/// </summary>
public sealed class ProgramItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "program";

    /// <summary>Gets or sets the stable call id of the program, which its output names.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets the JavaScript source that ran.</summary>
    public string? Code { get; set; }

    /// <summary>Gets or sets the opaque replay fingerprint; send it back unchanged when the item is replayed as input.</summary>
    public string? Fingerprint { get; set; }
}
