using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>How a shell command ended (spec <c>FunctionShellCallOutputExitOutcome</c> or <c>FunctionShellCallOutputTimeoutOutcome</c>).</summary>
/// <remarks>Both kinds share one class: they differ only in <see cref="ExitCode"/>.</remarks>
public sealed class ShellCallOutcome
{
    /// <summary>Gets or sets the outcome: <c>exit</c> or <c>timeout</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the exit code, for an <c>exit</c> outcome.</summary>
    public int? ExitCode { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
