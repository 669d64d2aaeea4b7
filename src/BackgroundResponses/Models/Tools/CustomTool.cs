using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A tool defined in your code whose input is free text or text in a grammar (spec <c>CustomToolParam</c>).</summary>
public sealed class CustomTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "custom";

    /// <summary>Gets <c>custom</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets the name of the tool, which identifies it in tool calls; required by the API.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets what the tool does, which gives the model more context.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the format of the input: <see cref="CustomTextFormat"/> (the server default) or <see cref="CustomGrammarFormat"/>.</summary>
    public CustomToolFormat? Format { get; set; }

    /// <summary>Gets or sets whether the tool is deferred and discovered through tool search.</summary>
    public bool? DeferLoading { get; set; }

    /// <summary>Gets or sets who may invoke the tool: the model directly, code run by programmatic tool calling, or both.</summary>
    public IList<ToolCaller>? AllowedCallers { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a custom tool.</summary>
    /// <param name="name">The name of the tool.</param>
    /// <param name="description">What the tool does, or <see langword="null"/> to send none.</param>
    /// <param name="format">The input format, or <see langword="null"/> for unconstrained text.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public static CustomTool Create(string name, string? description = null, CustomToolFormat? format = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new CustomTool { Name = name, Description = description, Format = format };
    }
}
