using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>An action on a computer the model asks for (type <c>computer_call</c>, spec <c>ComputerToolCall</c>).</summary>
public sealed class ComputerCallItem : ResponseItem
{
    private IList<ComputerSafetyCheck> _pendingSafetyChecks = new List<ComputerSafetyCheck>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "computer_call";

    /// <summary>Gets or sets the id that ties the call to its <see cref="ComputerCallOutputItem"/>.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets the action to perform.</summary>
    public ComputerAction? Action { get; set; }

    /// <summary>Gets or sets the actions to perform in order, when the model batches them.</summary>
    public IList<ComputerAction>? Actions { get; set; }

    /// <summary>Gets or sets the safety checks to acknowledge in the output. Never <see langword="null"/>.</summary>
    public IList<ComputerSafetyCheck> PendingSafetyChecks
    {
        get => _pendingSafetyChecks;
        set => _pendingSafetyChecks = value ?? new List<ComputerSafetyCheck>();
    }

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public ResponseItemStatus? Status { get; set; }
}
