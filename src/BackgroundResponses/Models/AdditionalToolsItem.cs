using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Tools made available from this point of the conversation on (type <c>additional_tools</c>, spec
/// <c>AdditionalTools</c>); as input, only the <see cref="MessageRole.Developer"/> role may add them.
/// </summary>
public sealed class AdditionalToolsItem : ResponseItem
{
    private IList<ResponseTool> _tools = new List<ResponseTool>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "additional_tools";

    /// <summary>Gets or sets the role that provided the tools.</summary>
    public MessageRole? Role { get; set; }

    /// <summary>Gets or sets the added tool definitions. Never <see langword="null"/>.</summary>
    public IList<ResponseTool> Tools
    {
        get => _tools;
        set => _tools = value ?? new List<ResponseTool>();
    }
}
