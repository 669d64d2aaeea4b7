using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public class OpenStringValueTests
{
    public static TheoryData<string, string, string> KnownValues => new()
    {
        { "ReasoningEffort.None", ReasoningEffort.None.Value, "none" },
        { "ReasoningEffort.Minimal", ReasoningEffort.Minimal.Value, "minimal" },
        { "ReasoningEffort.Low", ReasoningEffort.Low.Value, "low" },
        { "ReasoningEffort.Medium", ReasoningEffort.Medium.Value, "medium" },
        { "ReasoningEffort.High", ReasoningEffort.High.Value, "high" },
        { "ReasoningEffort.XHigh", ReasoningEffort.XHigh.Value, "xhigh" },
        { "ReasoningEffort.Max", ReasoningEffort.Max.Value, "max" },
        { "ReasoningSummaryMode.Auto", ReasoningSummaryMode.Auto.Value, "auto" },
        { "ReasoningSummaryMode.Concise", ReasoningSummaryMode.Concise.Value, "concise" },
        { "ReasoningSummaryMode.Detailed", ReasoningSummaryMode.Detailed.Value, "detailed" },
        { "ServiceTier.Auto", ServiceTier.Auto.Value, "auto" },
        { "ServiceTier.Default", ServiceTier.Default.Value, "default" },
        { "ServiceTier.Flex", ServiceTier.Flex.Value, "flex" },
        { "ServiceTier.Scale", ServiceTier.Scale.Value, "scale" },
        { "ServiceTier.Priority", ServiceTier.Priority.Value, "priority" },
        { "ServiceTier.Fast", ServiceTier.Fast.Value, "fast" },
        { "TextVerbosity.Low", TextVerbosity.Low.Value, "low" },
        { "TextVerbosity.Medium", TextVerbosity.Medium.Value, "medium" },
        { "TextVerbosity.High", TextVerbosity.High.Value, "high" },
        { "ResponseTruncation.Auto", ResponseTruncation.Auto.Value, "auto" },
        { "ResponseTruncation.Disabled", ResponseTruncation.Disabled.Value, "disabled" },
        { "ResponseItemOrder.Ascending", ResponseItemOrder.Ascending.Value, "asc" },
        { "ResponseItemOrder.Descending", ResponseItemOrder.Descending.Value, "desc" },
        { "ResponseItemStatus.InProgress", ResponseItemStatus.InProgress.Value, "in_progress" },
        { "ResponseItemStatus.Searching", ResponseItemStatus.Searching.Value, "searching" },
        { "ResponseItemStatus.Interpreting", ResponseItemStatus.Interpreting.Value, "interpreting" },
        { "ResponseItemStatus.Generating", ResponseItemStatus.Generating.Value, "generating" },
        { "ResponseItemStatus.Calling", ResponseItemStatus.Calling.Value, "calling" },
        { "ResponseItemStatus.Completed", ResponseItemStatus.Completed.Value, "completed" },
        { "ResponseItemStatus.Incomplete", ResponseItemStatus.Incomplete.Value, "incomplete" },
        { "ResponseItemStatus.Failed", ResponseItemStatus.Failed.Value, "failed" },
    };

    [Theory]
    [MemberData(nameof(KnownValues))]
    public void KnownValues_HaveTheSpecWireString(string member, string actual, string expected)
    {
        Assert.True(expected == actual, $"{member} is \"{actual}\", expected \"{expected}\".");
    }

    [Fact]
    public void Equality_IsOrdinalOnTheWireValue()
    {
        Assert.Equal(ReasoningEffort.High, new ReasoningEffort("high"));
        Assert.NotEqual(ReasoningEffort.High, new ReasoningEffort("HIGH"));
        Assert.True(ServiceTier.Flex == "flex");
        Assert.True(ResponseIncludable.ReasoningEncryptedContent != "reasoning");
        Assert.Equal("detailed", ReasoningSummaryMode.Detailed.ToString());
    }

    [Theory]
    [InlineData("completed", true, true)]
    [InlineData("incomplete", true, true)]
    [InlineData("failed", true, true)]
    [InlineData("in_progress", false, true)]
    [InlineData("searching", false, true)]
    [InlineData("interpreting", false, true)]
    [InlineData("generating", false, true)]
    [InlineData("calling", false, true)]
    [InlineData("thinking", false, false)]
    [InlineData("Completed", false, false)]
    public void ItemStatus_IsFinalOnlyForTheThreeEndStates(string wire, bool isFinal, bool isKnown)
    {
        var status = new ResponseItemStatus(wire);

        Assert.Equal(isFinal, status.IsFinal);
        Assert.Equal(isKnown, status.IsKnown);
    }

    [Fact]
    public void ItemStatus_AnUnknownValueRoundTripsOnEveryItemThatCarriesOne()
    {
        const string Json = """{"type":"web_search_call","id":"ws_1","status":"thinking_hard","action":{"type":"search","query":"q"}}""";

        var item = Assert.IsType<WebSearchCallItem>(ResponsesJson.DeserializeResponseItem(Json));

        Assert.Equal("thinking_hard", item.Status!.Value.Value);
        Assert.False(item.Status.Value.IsKnown);
        JsonAssert.Equivalent(Json, ResponsesJson.Serialize(item));
    }

    [Fact]
    public void UnknownValues_AreReadAsGiven()
    {
        var request = JsonSerializer.Deserialize(
            """{"reasoning":{"effort":"turbo","summary":"brief"},"service_tier":"ultrafast","include":["x.y"],"text":{"verbosity":"max"},"truncation":"smart"}""",
            ResponsesJsonContext.Default.CreateResponseRequest)!;

        Assert.Equal("turbo", request.Reasoning!.Effort!.Value.Value);
        Assert.Equal("brief", request.Reasoning.Summary!.Value.Value);
        Assert.Equal("ultrafast", request.ServiceTier!.Value.Value);
        Assert.Equal("x.y", Assert.Single(request.Include!).Value);
        Assert.Equal("max", request.Text!.Verbosity!.Value.Value);
        Assert.Equal("smart", request.Truncation!.Value.Value);
    }

    [Fact]
    public void NonStringValue_FailsAsJsonError()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"service_tier":1}""", ResponsesJsonContext.Default.CreateResponseRequest));
    }
}
