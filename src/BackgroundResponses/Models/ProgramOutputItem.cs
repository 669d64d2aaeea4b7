using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The result of a <see cref="ProgramItem"/> (type <c>program_output</c>, spec <c>ProgramOutput</c>).</summary>
public sealed class ProgramOutputItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "program_output";

    /// <summary>Gets or sets the <see cref="ProgramItem.CallId"/> this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets what the program produced.</summary>
    public string? Result { get; set; }

    /// <summary>Gets or sets the terminal status: <c>completed</c> or <c>incomplete</c>.</summary>
    public string? Status { get; set; }
}
