using System.Text.Json.Nodes;

namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>
/// Finds, in an OpenAPI spec, the unions the SDK reads by <c>type</c> and every discriminator value they allow. The
/// starting points are the spec's own union schemas; everything else (members, nested content unions) is walked from
/// them, so a member the spec adds shows up without anyone listing it.
/// </summary>
internal static class SpecUnionCatalog
{
    /// <summary>
    /// The union schemas the SDK maps: the item unions of a response's <c>output</c>, a request's <c>input</c> and the
    /// input-items list (<c>ResponseItemList.data</c> is <c>ItemResource</c>), the tool, annotation and content-part
    /// unions, and the tool choice. The content of every item member (message content, reasoning content and summary)
    /// is found from the items themselves.
    /// </summary>
    public static IReadOnlyList<(string Schema, UnionKind Kind)> Roots { get; } =
    [
        ("OutputItem", UnionKind.Item),
        ("InputItem", UnionKind.Item),
        ("ItemResource", UnionKind.Item),
        ("Tool", UnionKind.Tool),
        ("Annotation", UnionKind.Annotation),
        ("OutputContent", UnionKind.ContentPart),
        ("InputContent", UnionKind.ContentPart),
        ("OutputMessageContent", UnionKind.ContentPart),
        ("ToolChoiceParam", UnionKind.ToolChoice),
    ];

    /// <summary>Every member of every union reachable from <see cref="Roots"/>, in spec order, without duplicates.</summary>
    public static IReadOnlyList<UnionMember> Discover(OpenApiSpec spec) => Discover(spec, Roots);

    public static IReadOnlyList<UnionMember> Discover(OpenApiSpec spec, IEnumerable<(string Schema, UnionKind Kind)> roots)
    {
        var members = new List<UnionMember>();
        foreach (var (schema, kind) in roots)
        {
            var rootMembers = Members(spec, schema, kind, new JsonObject { ["$ref"] = "#/components/schemas/" + schema });
            members.AddRange(rootMembers);
            if (kind == UnionKind.Item)
            {
                foreach (var item in rootMembers)
                {
                    members.AddRange(NestedContentUnions(spec, item));
                }
            }
        }

        return members.DistinctBy(m => (m.Union, m.TypeValue, m.SchemaName)).ToList();
    }

    // An item's "content" is a content-part union, a reasoning item's "summary" the summary-part union, and a tool
    // output's "output", when it is a list of typed parts (a function or custom tool's), a content-part union too. Other
    // "output" lists (a shell call's) hold untyped records, not a union, and are skipped.
    private static IEnumerable<UnionMember> NestedContentUnions(OpenApiSpec spec, UnionMember item)
    {
        var properties = item.Schema["properties"] as JsonObject;
        foreach (var (property, kind) in new[] { ("content", UnionKind.ContentPart), ("summary", UnionKind.ReasoningSummary), ("output", UnionKind.ContentPart) })
        {
            if (properties?[property] is JsonObject propertySchema && ArrayItems(spec, propertySchema) is { } items)
            {
                var members = Members(spec, $"{item.SchemaName}.{property}", kind, items);
                if (property == "output" && members.Any(m => m.TypeValue.Length == 0))
                {
                    continue;
                }

                foreach (var member in members)
                {
                    yield return member;
                }
            }
        }
    }

    // The element schema of an array property, looking through a oneOf/anyOf of "a string or a list" and of "or null".
    private static JsonNode? ArrayItems(OpenApiSpec spec, JsonObject schema)
    {
        var flat = spec.Flatten(schema);
        if (flat["items"] is { } items)
        {
            return items;
        }

        return Alternatives(flat)?.Select(alternative => alternative is JsonObject obj ? ArrayItems(spec, obj) : null).FirstOrDefault(found => found is not null);
    }

    private static List<UnionMember> Members(OpenApiSpec spec, string union, UnionKind kind, JsonNode root)
    {
        var members = new List<UnionMember>();
        Walk(spec, union, kind, root, OpenApiSpec.RefName(root) ?? union, mappedValue: null, members, new HashSet<string>(StringComparer.Ordinal));
        return members;
    }

    private static void Walk(OpenApiSpec spec, string union, UnionKind kind, JsonNode node, string schemaName, string? mappedValue, List<UnionMember> members, HashSet<string> visiting)
    {
        var flat = spec.Flatten(node);
        if (Alternatives(flat) is { } alternatives)
        {
            // Only unions can cycle; a leaf reached twice (two discriminator values) is two members.
            if (OpenApiSpec.RefName(node) is { } name && !visiting.Add(name))
            {
                return;
            }

            var mapping = DiscriminatorValuesByRef(flat);
            var position = 0;
            foreach (var alternative in alternatives)
            {
                position++;
                if (alternative is not JsonObject alternativeObject || IsNullSchema(alternativeObject) || IsFreeText(spec, alternativeObject))
                {
                    continue;
                }

                var alternativeName = OpenApiSpec.RefName(alternative) ?? $"{schemaName} (inline member {position})";
                var alternativeFlat = spec.Flatten(alternative);
                if (Alternatives(alternativeFlat) is null && alternativeFlat["items"] is { } arrayItems && TypeOf(alternativeFlat) == "array")
                {
                    // A "string or list of parts" union: its members are the list's elements.
                    Walk(spec, union, kind, arrayItems, OpenApiSpec.RefName(arrayItems) ?? alternativeName, null, members, visiting);
                    continue;
                }

                var values = OpenApiSpec.RefName(alternative) is { } refName && mapping.TryGetValue(refName, out var mapped) ? mapped : [null];
                foreach (var value in values)
                {
                    Walk(spec, union, kind, alternative, alternativeName, value, members, visiting);
                }
            }

            return;
        }

        if (TypeOf(flat) == "string" && flat["enum"] is JsonArray stringValues)
        {
            foreach (var value in stringValues)
            {
                members.Add(new UnionMember(union, kind, value!.GetValue<string>(), schemaName, IsString: true, flat));
            }

            return;
        }

        var typeValues = mappedValue is not null ? [mappedValue] : TypeValues(spec, flat);
        foreach (var value in typeValues.DefaultIfEmpty(string.Empty))
        {
            members.Add(new UnionMember(union, kind, value, schemaName, IsString: false, flat));
        }
    }

    // discriminator.mapping, read backwards: for each member schema, the values that select it.
    private static Dictionary<string, List<string?>> DiscriminatorValuesByRef(JsonObject union)
    {
        var byRef = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        if (union["discriminator"]?["mapping"] is JsonObject mapping)
        {
            foreach (var (value, reference) in mapping)
            {
                if (OpenApiSpec.RefName(new JsonObject { ["$ref"] = reference!.GetValue<string>() }) is { } target)
                {
                    (byRef.TryGetValue(target, out var list) ? list : byRef[target] = []).Add(value);
                }
            }
        }

        return byRef;
    }

    // The values a member's "type" property allows: its const, its enum, or (when it has neither) its default.
    public static List<string> TypeValues(OpenApiSpec spec, JsonObject member)
    {
        if (member["properties"]?["type"] is not JsonObject typeProperty)
        {
            return [];
        }

        var values = new List<string>();
        CollectValues(spec, typeProperty, values);
        return values.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void CollectValues(OpenApiSpec spec, JsonObject schema, List<string> values)
    {
        var flat = spec.Flatten(schema);
        if (Alternatives(flat) is { } alternatives)
        {
            foreach (var alternative in alternatives.OfType<JsonObject>())
            {
                CollectValues(spec, alternative, values);
            }

            return;
        }

        if (flat["const"] is JsonValue constant)
        {
            values.Add(constant.GetValue<string>());
        }
        else if (flat["enum"] is JsonArray allowed)
        {
            values.AddRange(allowed.Where(v => v is not null).Select(v => v!.GetValue<string>()));
        }
        else if (flat["default"] is JsonValue defaultValue)
        {
            values.Add(defaultValue.GetValue<string>());
        }
    }

    public static JsonArray? Alternatives(JsonObject schema) => (schema["oneOf"] ?? schema["anyOf"]) as JsonArray;

    public static string? TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonValue single when single.GetValue<string>() != "null" => single.GetValue<string>(),
        JsonArray several => several.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ => null,
    };

    public static bool IsNullSchema(JsonObject schema) => schema["type"] is JsonValue type && type.GetValue<string>() == "null";

    // The "plain text" shorthand of a content union (a string without a fixed set of values) is not a member.
    private static bool IsFreeText(OpenApiSpec spec, JsonObject alternative)
    {
        var flat = spec.Flatten(alternative);
        return TypeOf(flat) == "string" && flat["enum"] is null && flat["const"] is null;
    }
}
