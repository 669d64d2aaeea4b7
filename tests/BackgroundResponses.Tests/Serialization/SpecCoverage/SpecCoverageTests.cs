using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>
/// Spec-driven coverage: every discriminator value of the item, tool, annotation, content-part and tool-choice unions
/// of the shipped OpenAPI spec (Fixtures/spec/openapi) is read by the SDK as a typed class (or is on the documented
/// allow-list), and written back as it was read. Dropping in a newer spec makes this say what is missing.
/// </summary>
public class SpecCoverageTests
{
    // The response-side schemas the SDK models whole; CreateResponse has no example in this spec.
    private static readonly string[] ExampleSchemas = ["Response", "ResponseItemList", "CompactResource", "TokenCountsResource"];


    [Fact]
    public void EveryUnionMemberOfTheSpec_IsTypedOrAllowListed_AndRoundTrips()
    {
        var spec = OpenApiSpec.Shipped;

        var report = SpecCoverageChecker.Check(spec, SpecUnionCatalog.Discover(spec), SpecCoverageAllowList.Entries);

        Assert.True(report.IsClean, report.Describe());
    }

    [Fact]
    public void TheAllowList_IsTheTableInDocsArchitecture_EntryForEntry()
    {
        var architecture = RepositoryFiles.Read("docs", "architecture.md");
        var section = architecture[architecture.IndexOf("### Types the SDK does not type, and why", StringComparison.Ordinal)..];
        var rows = section.Split('\n').TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal)).Where(line => line.StartsWith("| `", StringComparison.Ordinal)).ToList();

        Assert.Equal(SpecCoverageAllowList.Entries.Count, rows.Count);
        Assert.All(SpecCoverageAllowList.Entries, entry => Assert.Contains(rows, row => row.Contains($"| `{entry.TypeValue}` |", StringComparison.Ordinal)));
    }

    [Fact]
    public void Discovery_FindsEveryUnionTheSdkMaps_WithTheirMembers()
    {
        var members = SpecUnionCatalog.Discover(OpenApiSpec.Shipped);

        // Not a list of what to check (that comes from the spec) but a floor: discovery that silently finds less fails here.
        var unions = members.Select(m => m.Union).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "OutputItem", "InputItem", "ItemResource", "Tool", "Annotation", "OutputContent", "InputContent", "OutputMessageContent", "ToolChoiceParam", "ReasoningItem.summary", "ReasoningItem.content", "OutputMessage.content", "InputMessage.content", "FunctionCallOutputItemParam.output" },
            unions);
        Assert.Contains(members, m => m is { Union: "InputItem", TypeValue: "item_reference", SchemaName: "ItemReferenceParam" });
        Assert.Contains(members, m => m is { Union: "ToolChoiceParam", TypeValue: "auto", IsString: true });
        Assert.Contains(members, m => m is { Union: "ToolChoiceParam", TypeValue: "web_search_preview", SchemaName: "ToolChoiceTypes" });
        Assert.Contains(members, m => m is { Union: "ItemResource", TypeValue: "function_call_output", SchemaName: "FunctionToolCallOutputResource" });
        Assert.True(members.Count(m => m.Kind == UnionKind.Item) > 60, $"only {members.Count(m => m.Kind == UnionKind.Item)} item members");
    }

    public static TheoryData<string> SchemasWithExamples() => new(ExampleSchemas);

    [Fact]
    public void TheSpecsExamples_OfResponseSchemas_AreThere()
    {
        // A spec that drops an example fails here rather than leaving the round-trip theory with nothing to check.
        var spec = OpenApiSpec.Shipped;

        Assert.All(ExampleSchemas, schema => Assert.NotNull(Example(spec, schema)));
    }

    [Theory]
    [MemberData(nameof(SchemasWithExamples))]
    public void SpecExample_IsReadAndWrittenBackUnchanged(string schema)
    {
        var example = Example(OpenApiSpec.Shipped, schema)!;

        var written = schema switch
        {
            "Response" => ResponsesJson.Serialize(ResponsesJson.DeserializeModelResponse(example)),
            "ResponseItemList" => ResponsesJson.Serialize(ResponsesJson.DeserializeResponseItemList(example)),
            "CompactResource" => RoundTrip<CompactedResponse>(example),
            "TokenCountsResource" => RoundTrip<InputTokenCount>(example),
            _ => throw new ArgumentOutOfRangeException(nameof(schema), schema, null),
        };

        // Two ways the written document may differ, and no other: a null optional property the SDK models may be left
        // out (KnownOptionalNulls), and a required Response property the example omits is written as null, because the
        // SDK always writes the spec's required properties. Every other value, including unmodelled nulls, comes back as it was.
        JsonAssert.EquivalentExceptOmittedNulls(example, WithoutRequiredNullsTheExampleOmits(example, written), KnownOptionalNulls.InResponse);
    }

    private static string WithoutRequiredNullsTheExampleOmits(string example, string written)
    {
        var expected = JsonNode.Parse(example)!.AsObject();
        var actual = JsonNode.Parse(written)!.AsObject();
        foreach (var (name, value) in actual.ToList())
        {
            if (value is null && !expected.ContainsKey(name))
            {
                actual.Remove(name);
            }
        }

        return actual.ToJsonString();
    }

    // The schema's example: the "example" value, or the JSON text of its x-oaiMeta example (how the spec documents list objects).
    private static string? Example(OpenApiSpec spec, string schema)
    {
        var flat = spec.Flatten(spec.Schema(schema));
        return flat["example"] is JsonObject example
            ? example.ToJsonString()
            : flat["x-oaiMeta"]?["example"]?.GetValue<string>();
    }

    private static string RoundTrip<T>(string json)
        where T : class
    {
        var typeInfo = (JsonTypeInfo<T>)ResponsesJson.Options.GetTypeInfo(typeof(T));
        return JsonSerializer.Serialize(JsonSerializer.Deserialize(json, typeInfo)!, typeInfo);
    }
}
