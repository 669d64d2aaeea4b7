using System.Text.Json;
using System.Text.Json.Nodes;
using BackgroundResponses.Tests.Serialization.SpecCoverage;

namespace BackgroundResponses.Tests.Webhooks;

/// <summary>
/// Every <c>Webhook*</c> schema of the shipped spec: its <c>x-oaiMeta</c> example reads as the class named after it
/// (<c>WebhookBatchFailed</c> → <see cref="BatchFailedWebhookEvent"/>) and is written back as it was read.
/// </summary>
public class WebhookEventTypesTests
{
    // The two SIP examples of the spec end their header arrays with a trailing comma; the wire never does.
    private static readonly JsonDocumentOptions LenientExample = new() { AllowTrailingCommas = true };

    public static TheoryData<string> WebhookSchemas() => new(SpecWebhookSchemas());

    [Fact]
    public void TheSpec_HasTheSixteenWebhookSchemas()
    {
        // A floor, so that a renamed or dropped schema fails here rather than leaving the theory with less to check.
        var schemas = SpecWebhookSchemas();

        Assert.Equal(16, schemas.Count);
        Assert.Contains("WebhookResponseCompleted", schemas);
        Assert.Contains("WebhookRealtimeCallIncoming", schemas);
    }

    [Theory]
    [MemberData(nameof(WebhookSchemas))]
    public void SpecExample_ReadsAsTheClassNamedAfterItsSchema_AndWritesBack(string schema)
    {
        var spec = OpenApiSpec.Shipped.Schema(schema);
        var wireType = (string)spec["properties"]!["type"]!["enum"]![0]!;
        var example = JsonNode.Parse((string)spec["x-oaiMeta"]!["example"]!, documentOptions: LenientExample)!.ToJsonString();

        var webhookEvent = JsonSerializer.Deserialize(example, WebhookJsonContext.Default.WebhookEvent)!;

        Assert.Equal(schema["Webhook".Length..] + "WebhookEvent", webhookEvent.GetType().Name);
        Assert.Equal(wireType, webhookEvent.Type);
        Assert.Equal("evt_abc123", webhookEvent.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1719168000), webhookEvent.CreatedAt);
        Assert.Null(webhookEvent.AdditionalProperties);
        JsonAssert.Equal(example, JsonSerializer.Serialize(webhookEvent, WebhookJsonContext.Default.WebhookEvent));
    }

    [Fact]
    public void DataIds_AreExposedUnderTheNameOfWhatTheyIdentify()
    {
        Assert.Equal("resp_1", Read<ResponseFailedWebhookEvent>("response.failed", """{"id":"resp_1"}""").ResponseId);
        Assert.Equal("batch_1", Read<BatchExpiredWebhookEvent>("batch.expired", """{"id":"batch_1"}""").BatchId);
        Assert.Equal("evalrun_1", Read<EvalRunSucceededWebhookEvent>("eval.run.succeeded", """{"id":"evalrun_1"}""").EvalRunId);
        Assert.Equal("ftjob_1", Read<FineTuningJobCancelledWebhookEvent>("fine_tuning.job.cancelled", """{"id":"ftjob_1"}""").FineTuningJobId);
    }

    [Fact]
    public void RealtimeCallIncoming_ReadsCallIdAndSipHeaders()
    {
        var call = Read<RealtimeCallIncomingWebhookEvent>(
            "realtime.call.incoming",
            """{"call_id":"rtc_1","sip_headers":[{"name":"From","value":"sip:+15551230000@example.com"},{"name":"CSeq","value":"1 INVITE"}]}""");

        Assert.Equal("rtc_1", call.Data.CallId);
        Assert.Equal(["From", "CSeq"], call.Data.SipHeaders.Select(h => h.Name));
        Assert.Equal("sip:+15551230000@example.com", call.Data.SipHeaders[0].Value);
    }

    [Fact]
    public void LiveCallIncoming_ReadsSessionIdAndSipHeaders()
    {
        var call = Read<LiveCallIncomingWebhookEvent>("live.call.incoming", """{"session_id":"rtc_2","sip_headers":[{"name":"To","value":"sip:agent@example.com"}]}""");

        Assert.Equal("rtc_2", call.Data.SessionId);
        Assert.Equal("sip:agent@example.com", Assert.Single(call.Data.SipHeaders).Value);
    }

    [Fact]
    public void UnknownType_IsKept_AndWrittenBackByteForByte()
    {
        const string json = """{"object":"event","created_at":1719168000,"type":"vector_store.file.completed","id":"evt_new","data":{"id":"file_1","nested":[1,2.50,{"x":null}]}}""";

        var webhookEvent = JsonSerializer.Deserialize(json, WebhookJsonContext.Default.WebhookEvent)!;

        var unknown = Assert.IsType<UnknownWebhookEvent>(webhookEvent);
        Assert.Equal("vector_store.file.completed", unknown.Type);
        Assert.Equal("evt_new", unknown.Id);
        Assert.Equal("event", unknown.Object);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1719168000), unknown.CreatedAt);
        Assert.Equal(json, JsonSerializer.Serialize(webhookEvent, WebhookJsonContext.Default.WebhookEvent));
    }

    [Fact]
    public void UnmodelledProperties_RoundTrip_AtTheTopAndInData()
    {
        const string json = """{"id":"evt_1","type":"response.completed","created_at":1719168000,"data":{"id":"resp_1","status":"completed"},"object":"event","attempt":2}""";

        var webhookEvent = JsonSerializer.Deserialize(json, WebhookJsonContext.Default.WebhookEvent)!;

        var completed = Assert.IsType<ResponseCompletedWebhookEvent>(webhookEvent);
        Assert.Equal(2, completed.AdditionalProperties!["attempt"].GetInt32());
        Assert.Equal("completed", completed.Data.AdditionalProperties!["status"].GetString());
        JsonAssert.Equal(json, JsonSerializer.Serialize(webhookEvent, WebhookJsonContext.Default.WebhookEvent));
    }

    [Theory]
    [InlineData("""{"type":"response.completed","created_at":1719168000,"data":{"id":"resp_1"}}""")]
    [InlineData("""{"id":"evt_1","type":"response.completed","data":{"id":"resp_1"}}""")]
    [InlineData("""{"id":"evt_1","type":"response.completed","created_at":1719168000}""")]
    [InlineData("""{"id":"evt_1","type":"response.completed","created_at":1719168000,"data":{}}""")]
    [InlineData("""{"id":"evt_1","type":"realtime.call.incoming","created_at":1719168000,"data":{"call_id":"rtc_1"}}""")]
    public void KnownType_MissingARequiredProperty_FailsToRead(string json)
    {
        // A response.completed without a response ID cannot be acted on: better a clear error than an empty string.
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, WebhookJsonContext.Default.WebhookEvent));
    }

    private static T Read<T>(string type, string data)
        where T : WebhookEvent =>
        Assert.IsType<T>(JsonSerializer.Deserialize($$"""{"id":"evt_1","type":"{{type}}","created_at":1719168000,"data":{{data}}}""", WebhookJsonContext.Default.WebhookEvent));

    private static List<string> SpecWebhookSchemas() =>
        OpenApiSpec.Shipped.SchemaNames.Where(name => name.StartsWith("Webhook", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
}
