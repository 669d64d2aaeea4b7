using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A function defined in your code that the model may call (spec <c>FunctionTool</c>).</summary>
public sealed class FunctionTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "function";

    /// <summary>Gets <c>function</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets the name of the function; required by the API.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets what the function does, which the model uses to decide whether to call it.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the JSON schema (an object) of the function's arguments.</summary>
    public JsonElement? Parameters { get; set; }

    /// <summary>
    /// Gets or sets whether the arguments the model produces are validated strictly against
    /// <see cref="Parameters"/>; strict mode requires every property to be listed in <c>required</c> and
    /// <c>additionalProperties: false</c>. Not sent unless set.
    /// </summary>
    public bool? Strict { get; set; }

    /// <summary>Gets or sets the JSON schema (an object) of the JSON value encoded in the function's string outputs.</summary>
    public JsonElement? OutputSchema { get; set; }

    /// <summary>Gets or sets whether the function is deferred and discovered through tool search.</summary>
    public bool? DeferLoading { get; set; }

    /// <summary>Gets or sets who may invoke the function: the model directly, code run by programmatic tool calling, or both.</summary>
    public IList<ToolCaller>? AllowedCallers { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a function tool whose parameters are a JSON schema written as JSON text.</summary>
    /// <param name="name">The name of the function.</param>
    /// <param name="description">What the function does, or <see langword="null"/> to send none.</param>
    /// <param name="parametersJsonSchema">
    /// The JSON schema of the arguments, for example <c>{"type":"object","properties":{…}}</c>, or
    /// <see langword="null"/> for a function without parameters.
    /// </param>
    /// <param name="strict">Whether arguments are validated strictly, or <see langword="null"/> to leave it to the server.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="JsonException"><paramref name="parametersJsonSchema"/> is not valid JSON.</exception>
    public static FunctionTool Create(string name, string? description = null, string? parametersJsonSchema = null, bool? strict = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new FunctionTool
        {
            Name = name,
            Description = description,
            Parameters = parametersJsonSchema is null ? null : JsonElementParser.Parse(parametersJsonSchema),
            Strict = strict,
        };
    }
}
