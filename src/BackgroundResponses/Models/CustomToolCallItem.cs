using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A call of a custom tool by the model (type <c>custom_tool_call</c>, spec <c>CustomToolCall</c>).</summary>
public sealed class CustomToolCallItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "custom_tool_call";

    /// <summary>Gets or sets the id that ties the call to its <see cref="CustomToolCallOutputItem"/>.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets who called the tool, if the server says.</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>Gets or sets the namespace of the tool.</summary>
    public string? Namespace { get; set; }

    /// <summary>Gets or sets the name of the tool.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the input the model wrote for the tool, free-form.</summary>
    public string? Input { get; set; }
}
