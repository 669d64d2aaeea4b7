using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Structured Outputs, <c>{"type":"json_schema", …}</c>: the output follows the given JSON schema
/// (spec <c>TextResponseFormatJsonSchema</c>; unlike Chat Completions the fields are not nested).
/// </summary>
public sealed class JsonSchemaFormat : ResponseTextFormat
{
    /// <summary>The wire discriminator of this format.</summary>
    public const string TypeValue = "json_schema";

    /// <summary>Gets <c>json_schema</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets the name of the format (a–z, A–Z, 0–9, <c>_</c> and <c>-</c>, up to 64 characters); required by the API.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the JSON schema the output must follow; required by the API.</summary>
    public JsonElement? Schema { get; set; }

    /// <summary>Gets or sets what the format is for, which guides the model.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets whether the schema is followed strictly (a subset of JSON Schema is supported then); the server default is <see langword="false"/>.</summary>
    public bool? Strict { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a JSON schema format from a schema written as JSON text.</summary>
    /// <param name="name">The name of the format.</param>
    /// <param name="schemaJson">The JSON schema, as JSON text.</param>
    /// <param name="description">What the format is for, or <see langword="null"/> to send none.</param>
    /// <param name="strict">Whether the schema is followed strictly, or <see langword="null"/> for the server default.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="schemaJson"/> is null, empty or white space.</exception>
    /// <exception cref="JsonException"><paramref name="schemaJson"/> is not valid JSON.</exception>
    public static JsonSchemaFormat Create(string name, string schemaJson, string? description = null, bool? strict = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaJson);
        return new JsonSchemaFormat
        {
            Name = name,
            Schema = JsonElementParser.Parse(schemaJson),
            Description = description,
            Strict = strict,
        };
    }
}
