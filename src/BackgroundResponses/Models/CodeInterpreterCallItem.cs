using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Code run by the model in a container (type <c>code_interpreter_call</c>, spec <c>CodeInterpreterToolCall</c>).</summary>
public sealed class CodeInterpreterCallItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "code_interpreter_call";

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c>, <c>incomplete</c>, <c>interpreting</c> or <c>failed</c>.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Gets or sets the id of the container the code ran in.</summary>
    public string? ContainerId { get; set; }

    /// <summary>Gets or sets the code, or <see langword="null"/> when not available.</summary>
    public string? Code { get; set; }

    /// <summary>Gets or sets the logs and images the code produced, returned when <c>code_interpreter_call.outputs</c> is included; <see langword="null"/> otherwise.</summary>
    public IList<CodeInterpreterOutput>? Outputs { get; set; }
}
