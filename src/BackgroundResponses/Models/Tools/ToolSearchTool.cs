using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Searches deferred tools (those with <c>defer_loading</c>) so the model loads only what it needs (spec <c>ToolSearchToolParam</c>).</summary>
public sealed class ToolSearchTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "tool_search";

    /// <summary>Gets <c>tool_search</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets whether the server or your code runs the search.</summary>
    public ToolSearchExecution? Execution { get; set; }

    /// <summary>Gets or sets the description shown to the model for a search your code runs.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the JSON schema (an object) of the arguments of a search your code runs.</summary>
    public JsonElement? Parameters { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
