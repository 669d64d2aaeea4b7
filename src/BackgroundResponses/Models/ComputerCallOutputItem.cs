using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A screenshot sent back after a <see cref="ComputerCallItem"/> (type <c>computer_call_output</c>, spec <c>ComputerCallOutputItemParam</c>).</summary>
public sealed class ComputerCallOutputItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "computer_call_output";

    /// <summary>Gets or sets the <see cref="ComputerCallItem.CallId"/> this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets the screenshot taken after the action.</summary>
    public ComputerScreenshot? Output { get; set; }

    /// <summary>Gets or sets the pending safety checks the developer acknowledged.</summary>
    public IList<ComputerSafetyCheck>? AcknowledgedSafetyChecks { get; set; }

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public ResponseItemStatus? Status { get; set; }
}
