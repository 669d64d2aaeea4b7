using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The commands of a <see cref="ShellCallItem"/> (spec <c>FunctionShellAction</c>).</summary>
public sealed class ShellCallAction
{
    private IList<string> _commands = new List<string>();

    /// <summary>Gets or sets the commands to run, in order. Never <see langword="null"/>.</summary>
    public IList<string> Commands
    {
        get => _commands;
        set => _commands = value ?? new List<string>();
    }

    /// <summary>Gets or sets the timeout for the commands, in milliseconds.</summary>
    public int? TimeoutMs { get; set; }

    /// <summary>Gets or sets the maximum number of characters of output to return per command.</summary>
    public int? MaxOutputLength { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
