using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>
/// The <c>components.schemas</c> of an OpenAPI document, read from its YAML into JSON nodes so that schemas and their
/// <c>example</c>s can be handed to the SDK's serializer as the JSON they describe.
/// </summary>
internal sealed partial class OpenApiSpec
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    private readonly JsonObject _schemas;

    private OpenApiSpec(JsonObject schemas) => _schemas = schemas;

    /// <summary>The spec the tests ship with (Fixtures/spec/openapi), parsed once for all tests: it is 3 MB of YAML.</summary>
    public static OpenApiSpec Shipped => ShippedSpec.Value;

    private static Lazy<OpenApiSpec> ShippedSpec { get; } =
        new(() => Parse(TestFixtures.Read("spec", "openapi", "openai-openapi.yaml")), LazyThreadSafetyMode.ExecutionAndPublication);

    public static OpenApiSpec Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(WithoutSpacesOnLeadingEmptyLines(yaml)));
        var root = ToJson(stream.Documents[0].RootNode) as JsonObject
            ?? throw new InvalidOperationException("The OpenAPI document is not a YAML mapping.");
        var schemas = root["components"]?["schemas"] as JsonObject
            ?? throw new InvalidOperationException("The OpenAPI document has no components.schemas.");
        return new OpenApiSpec(schemas);
    }

    public bool HasSchema(string name) => _schemas.ContainsKey(name);

    public IEnumerable<string> SchemaNames => _schemas.Select(schema => schema.Key);

    public JsonObject Schema(string name) =>
        _schemas[name] as JsonObject ?? throw new InvalidOperationException($"The spec has no schema components.schemas.{name}.");

    /// <summary>The schema name a <c>$ref</c> node points to, or <see langword="null"/> when the node is no reference.</summary>
    public static string? RefName(JsonNode? node) =>
        node is JsonObject obj && obj["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal)
            ? reference[SchemaRefPrefix.Length..]
            : null;

    /// <summary>
    /// The schema with its <c>$ref</c> followed and its <c>allOf</c> parts merged (properties, required, the rest
    /// first-wins), which is how a generator sees the object the wire carries.
    /// </summary>
    public JsonObject Flatten(JsonNode schema)
    {
        var flat = new JsonObject();
        Merge(flat, schema, depth: 0);
        return flat;
    }

    private void Merge(JsonObject target, JsonNode schema, int depth)
    {
        if (depth > 32)
        {
            throw new InvalidOperationException("The spec's $ref/allOf chain is deeper than 32: a cycle.");
        }

        var obj = schema as JsonObject ?? throw new InvalidOperationException($"A schema is not an object: {schema.ToJsonString()}");
        if (RefName(obj) is { } name)
        {
            Merge(target, Schema(name), depth + 1);
        }

        foreach (var (key, value) in obj)
        {
            switch (key)
            {
                case "$ref":
                    break;
                case "allOf":
                    foreach (var part in value!.AsArray())
                    {
                        Merge(target, part!, depth + 1);
                    }

                    break;
                case "properties":
                    var properties = target["properties"] as JsonObject ?? (JsonObject)(target["properties"] = new JsonObject());
                    foreach (var (propertyName, propertySchema) in value!.AsObject())
                    {
                        properties[propertyName] = propertySchema?.DeepClone();
                    }

                    break;
                case "required":
                    var required = target["required"] as JsonArray ?? (JsonArray)(target["required"] = new JsonArray());
                    foreach (var requiredName in value!.AsArray().Select(n => n!.GetValue<string>()))
                    {
                        if (!required.Any(n => n!.GetValue<string>() == requiredName))
                        {
                            required.Add(requiredName);
                        }
                    }

                    break;
                default:
                    if (!target.ContainsKey(key))
                    {
                        target[key] = value?.DeepClone();
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Empties the all-space lines that open a block scalar. YAML allows a block scalar made only of such lines (the spec
    /// has one: <c>example: |+</c> then a line of 12 spaces, under <c>CreateRunRequest</c>'s <c>stop</c>), but
    /// YamlDotNet 18 rejects it ("found extra spaces in first line"). Those spaces are not content either way (the
    /// lines are empty lines of the scalar), so the file is read as written; only this in-memory copy changes.
    /// </summary>
    internal static string WithoutSpacesOnLeadingEmptyLines(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length - 1; i++)
        {
            if (BlockScalarHeader().IsMatch(lines[i]))
            {
                for (var j = i + 1; j < lines.Length && string.IsNullOrWhiteSpace(lines[j]); j++)
                {
                    lines[j] = lines[j].EndsWith('\r') ? "\r" : string.Empty;
                }
            }
        }

        return string.Join('\n', lines);
    }

    // YAML 1.2 core schema for plain scalars: what a JSON-minded YAML parser makes of them. Quoted and block scalars are strings.
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(
            pair => KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? string.Empty, ToJson(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar when scalar.Style != YamlDotNet.Core.ScalarStyle.Plain => JsonValue.Create(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => PlainScalar(scalar.Value ?? string.Empty),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType} at {node.Start}."),
    };

    private static JsonNode? PlainScalar(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (IntegerPattern().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? JsonValue.Create(integer)
                : JsonValue.Create(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return FloatPattern().IsMatch(text)
            ? JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture))
            : JsonValue.Create(text);
    }

    [GeneratedRegex("(:|^\\s*-)\\s+[|>][-+0-9]*\\s*(#.*)?\r?$")]
    private static partial Regex BlockScalarHeader();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
