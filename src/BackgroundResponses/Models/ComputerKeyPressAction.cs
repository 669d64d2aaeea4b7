using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A key combination (type <c>keypress</c>, spec <c>KeyPressAction</c>).</summary>
public sealed class ComputerKeyPressAction : ComputerAction
{
    private IList<string> _keys = new List<string>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "keypress";

    /// <summary>Gets or sets the keys to press together. Never <see langword="null"/>.</summary>
    public IList<string> Keys
    {
        get => _keys;
        set => _keys = value ?? new List<string>();
    }
}
