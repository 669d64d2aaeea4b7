using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BackgroundResponses.Tests.Models.StreamEvents;

/// <summary>
/// Every event type of the spec's <c>ResponseStreamEvent</c> union. Fixtures/spec/stream-events.json holds,
/// per schema, the spec's <c>x-oaiMeta</c> example (the five shell events have none: theirs are minimal
/// ones built from the schema's required fields).
/// </summary>
public class ResponseStreamEventTypesTests
{
    private static readonly JsonArray Fixture = JsonNode.Parse(TestFixtures.Read("spec", "stream-events.json"))!.AsArray();

    public static TheoryData<string> Schemas()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Fixture)
        {
            data.Add((string)entry!["schema"]!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void SpecExample_ReadsAsTheClassNamedAfterItsSchema_AndWritesBack(string schema)
    {
        var entry = Fixture.Single(e => (string)e!["schema"]! == schema)!;
        var wireType = (string)entry["type"]!;

        // The spec's examples all say 1 (or nothing); a distinct number proves it is really read.
        var node = entry["json"]!.DeepClone().AsObject();
        var sequenceNumber = 1000 + Fixture.IndexOf(entry);
        node["sequence_number"] = sequenceNumber;
        var json = node.ToJsonString();

        var streamEvent = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseStreamEvent)!;

        Assert.Equal(ClassNameFor(schema), streamEvent.GetType().Name);
        Assert.Equal(wireType, streamEvent.Type);
        Assert.Equal(sequenceNumber, streamEvent.SequenceNumber);
        // Only what the schemas leave undeclared stays extra: the audio examples' response_id.
        Assert.Equal(
            node.ContainsKey("response_id") ? ["response_id"] : [],
            streamEvent.AdditionalProperties?.Keys.ToArray() ?? []);

        var written = JsonSerializer.Serialize(streamEvent, ResponsesJsonContext.Default.ResponseStreamEvent);
        Assert.StartsWith($$"""{"type":"{{wireType}}","sequence_number":{{sequenceNumber}}""", written, StringComparison.Ordinal);
        JsonAssert.Equivalent(ExpectedRoundTrip(node).ToJsonString(), written, "annotation");
    }

    [Fact]
    public void EveryConcreteEventClass_HasItsOwnWireType_CoveredByTheSpecFixture_AndDecodesToItself()
    {
        var classes = typeof(ResponseStreamEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ResponseStreamEvent)) && !t.IsAbstract && t.IsPublic && t != typeof(UnknownResponseStreamEvent) && t != typeof(ResponsePolledEvent))
            .ToList();

        Assert.Equal(58, classes.Count);

        var byType = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in classes)
        {
            Assert.True(type.IsPublic, $"{type.Name} is not public.");
            var instance = (ResponseStreamEvent)Activator.CreateInstance(type)!;
            Assert.True(byType.TryAdd(instance.Type, type), $"{type.Name} and {byType.GetValueOrDefault(instance.Type)?.Name} share the type '{instance.Type}'.");

            instance.SequenceNumber = 7;
            var json = JsonSerializer.Serialize(instance, ResponsesJsonContext.Default.ResponseStreamEvent);
            var read = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseStreamEvent)!;
            Assert.IsType(type, read);
            Assert.Equal(7, read.SequenceNumber);
        }

        var fixtureTypes = Fixture.ToDictionary(e => (string)e!["type"]!, e => ClassNameFor((string)e!["schema"]!), StringComparer.Ordinal);
        Assert.Equal(fixtureTypes.OrderBy(p => p.Key, StringComparer.Ordinal), byType.Select(p => KeyValuePair.Create(p.Key, p.Value.Name)).OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void LifecycleEvents_AreExactlyTheSixThatCarryTheResponse()
    {
        var lifecycle = typeof(ResponseStreamEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ResponseLifecycleEvent)) && !t.IsAbstract && t != typeof(ResponsePolledEvent))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["ResponseCompletedEvent", "ResponseCreatedEvent", "ResponseFailedEvent", "ResponseInProgressEvent", "ResponseIncompleteEvent", "ResponseQueuedEvent"],
            lifecycle);
    }

    [Theory]
    [InlineData("ResponseMCPCallArgumentsDeltaEvent", "ResponseMcpCallArgumentsDeltaEvent")]
    [InlineData("ResponseMCPListToolsInProgressEvent", "ResponseMcpListToolsInProgressEvent")]
    [InlineData("ResponseTextDeltaEvent", "ResponseTextDeltaEvent")]
    public void ClassNameFor_PascalCasesAcronymsOfTheSpecSchemaNames(string schema, string expected) =>
        Assert.Equal(expected, ClassNameFor(schema));

    // The spec spells acronyms in capitals (ResponseMCPCallFailedEvent); the SDK follows .NET casing (ResponseMcpCallFailedEvent).
    private static string ClassNameFor(string schema) =>
        Regex.Replace(schema, "(?<=[A-Z])[A-Z]+(?=[A-Z][a-z]|$)", m => m.Value.ToLowerInvariant());

    private static JsonObject ExpectedRoundTrip(JsonObject node)
    {
        var expected = node.DeepClone().AsObject();

        // How ModelResponse itself round-trips (known nulls omitted, ISO dates as unix seconds) is ResponseTests' business.
        if (expected["response"] is JsonObject response)
        {
            var model = JsonSerializer.Deserialize(response.ToJsonString(), ResponsesJsonContext.Default.ModelResponse)!;
            expected["response"] = JsonNode.Parse(JsonSerializer.Serialize(model, ResponsesJsonContext.Default.ModelResponse));
        }

        return expected;
    }
}
