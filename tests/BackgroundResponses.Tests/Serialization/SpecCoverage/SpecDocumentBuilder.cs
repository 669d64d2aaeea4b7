using System.Text.Json.Nodes;

namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>
/// The JSON a union member is tested with: the spec's own <c>example</c> when the member schema has one, otherwise the
/// smallest object the schema allows (its required properties only), built the same way for every member so no
/// member gets a hand-picked document.
/// </summary>
internal static class SpecDocumentBuilder
{
    private const int MaxDepth = 12;

    /// <summary>Whether the member's JSON is the spec's example rather than a synthesized one.</summary>
    public static bool HasExample(UnionMember member) => member.Schema.ContainsKey("example");

    public static JsonNode Build(OpenApiSpec spec, UnionMember member)
    {
        if (HasExample(member))
        {
            return member.Schema["example"]!.DeepClone();
        }

        if (member.IsString)
        {
            return JsonValue.Create(member.TypeValue);
        }

        var document = Minimal(spec, member.Schema, depth: 0) as JsonObject ?? new JsonObject();
        document["type"] = member.TypeValue;
        return document;
    }

    /// <summary>
    /// The smallest value of a schema: its required properties (strings <c>"x"</c>, numbers 0, booleans false, arrays
    /// empty, objects recursively), the first value of an enum, a const or default as given, the first non-null
    /// alternative of a union.
    /// </summary>
    public static JsonNode? Minimal(OpenApiSpec spec, JsonNode schema, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"The spec schema nests deeper than {MaxDepth} required objects: {schema.ToJsonString()[..Math.Min(200, schema.ToJsonString().Length)]}");
        }

        var flat = spec.Flatten(schema);
        if (flat["const"] is { } constant)
        {
            return constant.DeepClone();
        }

        if (flat["enum"] is JsonArray values)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        if (SpecUnionCatalog.Alternatives(flat) is { } alternatives)
        {
            var first = alternatives.OfType<JsonObject>().FirstOrDefault(a => !SpecUnionCatalog.IsNullSchema(a))
                ?? throw new InvalidOperationException($"A union with only null members: {flat.ToJsonString()}");
            return Minimal(spec, first, depth + 1);
        }

        var type = SpecUnionCatalog.TypeOf(flat) ?? (flat.ContainsKey("properties") ? "object" : null);
        switch (type)
        {
            case "string":
                return flat["default"] is JsonValue defaultString ? defaultString.DeepClone() : JsonValue.Create("x");
            case "integer":
            case "number":
                return JsonValue.Create(0);
            case "boolean":
                return JsonValue.Create(false);
            case "array":
                return new JsonArray();
            case "object":
                var obj = new JsonObject();
                var properties = flat["properties"] as JsonObject;
                foreach (var name in (flat["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()))
                {
                    obj[name] = properties?[name] is JsonObject property ? Minimal(spec, property, depth + 1) : JsonValue.Create("x");
                }

                return obj;
            default:
                // A schema without a type accepts any JSON; a string is the least any reader has to understand.
                return JsonValue.Create("x");
        }
    }
}
