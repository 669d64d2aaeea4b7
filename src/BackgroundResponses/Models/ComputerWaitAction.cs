using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A pause (type <c>wait</c>, spec <c>WaitParam</c>).</summary>
public sealed class ComputerWaitAction : ComputerAction
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "wait";
}
