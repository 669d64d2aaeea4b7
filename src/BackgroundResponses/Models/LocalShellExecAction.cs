using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The command of a <see cref="LocalShellCallItem"/> (type <c>exec</c>, spec <c>LocalShellExecAction</c>).</summary>
public sealed class LocalShellExecAction
{
    private IList<string> _command = new List<string>();
    private IDictionary<string, string> _env = new Dictionary<string, string>();

    /// <summary>Gets or sets the type, <c>exec</c>.</summary>
    public string Type { get; set; } = "exec";

    /// <summary>Gets or sets the command and its arguments. Never <see langword="null"/>.</summary>
    public IList<string> Command
    {
        get => _command;
        set => _command = value ?? new List<string>();
    }

    /// <summary>Gets or sets the timeout, in milliseconds.</summary>
    public int? TimeoutMs { get; set; }

    /// <summary>Gets or sets the working directory.</summary>
    public string? WorkingDirectory { get; set; }

    /// <summary>Gets or sets the environment variables to set. Never <see langword="null"/>.</summary>
    public IDictionary<string, string> Env
    {
        get => _env;
        set => _env = value ?? new Dictionary<string, string>();
    }

    /// <summary>Gets or sets the user to run the command as.</summary>
    public string? User { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
