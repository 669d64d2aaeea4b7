using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Logs written by the code (type <c>logs</c>, spec <c>CodeInterpreterOutputLogs</c>).</summary>
public sealed class CodeInterpreterLogsOutput : CodeInterpreterOutput
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "logs";

    /// <summary>Gets or sets the logs.</summary>
    public string? Logs { get; set; }
}
