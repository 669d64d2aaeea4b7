using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public class ResponseTests
{
    /// <summary>Known nullable fields: the SDK omits them on write when null, so a null on the wire may come back absent.</summary>
    internal static readonly string[] KnownNullFields =
    [
        "completed_at", "error", "incomplete_details", "usage", "max_output_tokens", "previous_response_id",
        "service_tier", "store", "background", "model", "metadata", "status", "id", "encrypted_content", "code", "reason",
    ];

    private static ModelResponse Parse(string json) => JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ModelResponse)!;

    private static string Write(ModelResponse response) => JsonSerializer.Serialize(response, ResponsesJsonContext.Default.ModelResponse);

    private static ModelResponse ParseEventResponse(string specFile)
    {
        using var document = JsonDocument.Parse(TestFixtures.Read("spec", specFile));
        return document.RootElement.GetProperty("response").Deserialize(ResponsesJsonContext.Default.ModelResponse)!;
    }

    [Fact]
    public void SpecGetResponseExample_Completed_ReadsEveryModeledField()
    {
        var response = Parse(TestFixtures.Read("spec", "getResponse.response.json"));

        Assert.Equal("resp_67cb71b351908190a308f3859487620d06981a8637e6bc44", response.Id);
        Assert.Equal("response", response.Object);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1741386163), response.CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1741386164), response.CompletedAt);
        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Null(response.Error);
        Assert.Null(response.IncompleteDetails);
        Assert.Null(response.MaxOutputTokens);
        Assert.Null(response.PreviousResponseId);
        Assert.True(response.Store);
        Assert.Equal("gpt-4o-2024-08-06", response.Model);
        Assert.Empty(response.Metadata!);

        var message = Assert.IsType<MessageItem>(Assert.Single(response.Output));
        Assert.Equal("msg_67cb71b3c2b0819084d481baaaf148f206981a8637e6bc44", message.Id);
        Assert.Equal("message", message.Type);
        Assert.Equal(MessageRole.Assistant, message.Role);
        Assert.Equal("completed", message.Status);
        var text = Assert.IsType<OutputTextPart>(Assert.Single(message.Content));
        Assert.Empty(text.Annotations);
        const string Haiku = "Silent circuits hum,  \nThoughts emerge in data streams—  \nDigital dawn breaks.";
        Assert.Equal(Haiku, text.Text);
        Assert.Equal(Haiku, response.OutputText);

        Assert.Equal(32, response.Usage!.InputTokens);
        Assert.Equal(0, response.Usage.InputTokensDetails!.CachedTokens);
        Assert.Equal(0, response.Usage.InputTokensDetails.CacheWriteTokens);
        Assert.Equal(18, response.Usage.OutputTokens);
        Assert.Equal(0, response.Usage.OutputTokensDetails!.ReasoningTokens);
        Assert.Equal(50, response.Usage.TotalTokens);

        Assert.Null(response.Instructions);
        Assert.Equal(ResponseTruncation.Disabled, response.Truncation);
        Assert.Equal(1.0, response.Temperature);
        Assert.Equal(1.0, response.TopP);
        Assert.True(response.ParallelToolCalls);
        Assert.Equal("auto", response.ToolChoice!.Mode);
        Assert.Empty(response.Tools!);
        Assert.Null(response.Reasoning!.Effort);
        Assert.Null(response.User);
        Assert.Null(response.AdditionalProperties);
    }

    [Fact]
    public void SpecCancelResponseExample_Cancelled_KeepsPartialOutput()
    {
        var response = Parse(TestFixtures.Read("spec", "cancelResponse.response.json"));

        Assert.Equal(ResponseStatus.Cancelled, response.Status);
        Assert.True(response.Background);
        Assert.Null(response.CompletedAt);
        Assert.Null(response.Usage);
        var message = Assert.IsType<MessageItem>(Assert.Single(response.Output));
        Assert.Equal("in_progress", message.Status);
        Assert.StartsWith("Silent circuits hum,", response.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public void SpecFailedEventExample_ReadsTheError()
    {
        var response = ParseEventResponse("ResponseFailedEvent.json");

        Assert.Equal("resp_123", response.Id);
        Assert.Equal(ResponseStatus.Failed, response.Status);
        Assert.Equal(ResponseErrorCode.ServerError, response.Error!.Code);
        Assert.True(response.Error.Code!.Value.IsKnown);
        Assert.Equal("The model failed to generate a response.", response.Error.Message);
        Assert.Equal("gpt-4o-mini-2024-07-18", response.Model);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1740855869), response.CreatedAt);
        Assert.False(response.Store);
        Assert.Empty(response.Output);
        Assert.Equal(string.Empty, response.OutputText);
    }

    [Fact]
    public void SpecIncompleteEventExample_KeepsTheUndocumentedReasonMaxTokens()
    {
        var response = ParseEventResponse("ResponseIncompleteEvent.json");

        Assert.Equal(ResponseStatus.Incomplete, response.Status);
        var reason = response.IncompleteDetails!.Reason!.Value;
        Assert.Equal("max_tokens", reason.Value);
        Assert.False(reason.IsKnown);
        Assert.NotEqual(ResponseIncompleteReason.MaxOutputTokens, reason);
        Assert.Contains("\"incomplete_details\":{\"reason\":\"max_tokens\"}", Write(response), StringComparison.Ordinal);
    }

    [Fact]
    public void SpecQueuedEventExample_IsoStringCreatedAt_IsReadNotRejected()
    {
        var response = ParseEventResponse("ResponseQueuedEvent.json");

        Assert.Equal("res_123", response.Id);
        Assert.Equal(ResponseStatus.Queued, response.Status);
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero), response.CreatedAt);
        Assert.Equal("2021-01-01T00:00:00Z", response.AdditionalProperties!["updated_at"].GetString());
        Assert.Empty(response.Output);
    }

    [Fact]
    public void RecordedQueuedCreate_ReadsTheBackgroundFields()
    {
        var response = Parse(TestFixtures.Read("recorded", "cancel.create-response.json"));

        Assert.StartsWith("resp_", response.Id, StringComparison.Ordinal);
        Assert.Equal(ResponseStatus.Queued, response.Status);
        Assert.True(response.Status!.Value.IsPending);
        Assert.True(response.Background);
        Assert.Equal("gpt-4.1-mini-2025-04-14", response.Model);
        Assert.Null(response.Usage);
        Assert.Empty(response.Output);
    }

    [Fact]
    public void RecordedCancel_ReadsCancelled()
    {
        var json = TestFixtures.Read("recorded", "cancel.cancel-response.json");
        var response = Parse(json);

        Assert.Equal("resp_0c2471d432a7d65c0068c9ef778ce4819385de6e2eda528b92", response.Id);
        Assert.Equal(ResponseStatus.Cancelled, response.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1758064503), response.CreatedAt);
        Assert.Equal("auto", response.ServiceTier);
        Assert.Empty(response.Output);
        JsonAssert.EquivalentExceptOmittedNulls(json, Write(response), KnownOptionalNulls.InResponse);
    }

    [Fact]
    public void RecordedRetrieveCompleted_ReadsUsageWithoutCacheWriteTokens()
    {
        var json = TestFixtures.Read("recorded", "background-stream.retrieve-completed.json");
        var response = Parse(json);

        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1770281757), response.CompletedAt);
        Assert.Equal("default", response.ServiceTier);
        Assert.Equal(13, response.Usage!.InputTokens);
        Assert.Null(response.Usage.InputTokensDetails!.CacheWriteTokens);
        Assert.Equal(329, response.Usage.OutputTokens);
        Assert.Equal(342, response.Usage.TotalTokens);
        Assert.Equal("developer", response.AdditionalProperties!["billing"].GetProperty("payer").GetString());

        // The content part of this recording has "type" first but "text" last, and the item has "role" last.
        var message = Assert.IsType<MessageItem>(Assert.Single(response.Output));
        Assert.Equal(MessageRole.Assistant, message.Role);
        var part = Assert.IsType<OutputTextPart>(Assert.Single(message.Content));
        Assert.Empty(part.Logprobs!);
        Assert.StartsWith("Of course! Here’s a gentle bedtime story", response.OutputText, StringComparison.Ordinal);

        JsonAssert.EquivalentExceptOmittedNulls(json, Write(response), KnownOptionalNulls.InResponse);
    }

    [Fact]
    public void RecordedStream_EveryResponseEventParses_AndFinalOutputTextEqualsTheDeltas()
    {
        var events = TestFixtures.ReadSseData("background-stream.sse");
        Assert.Equal(336, events.Count);

        var deltas = new StringBuilder();
        var statuses = new List<ResponseStatus>();
        ModelResponse? final = null;
        foreach (var e in events)
        {
            var type = e.GetProperty("type").GetString()!;
            if (type == "response.output_text.delta")
            {
                deltas.Append(e.GetProperty("delta").GetString());
            }

            if (e.TryGetProperty("response", out var responseJson))
            {
                var response = responseJson.Deserialize(ResponsesJsonContext.Default.ModelResponse)!;
                Assert.Equal("resp_01466b9ec36d1ae70069845b099c74819685e67ac5309dd138", response.Id);
                Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1770281737), response.CreatedAt);
                JsonAssert.EquivalentExceptOmittedNulls(responseJson.GetRawText(), Write(response), KnownOptionalNulls.InResponse);
                statuses.Add(response.Status!.Value);
                final = response;
            }
        }

        Assert.Equal(
            [ResponseStatus.Queued, ResponseStatus.Queued, ResponseStatus.InProgress, ResponseStatus.Completed],
            statuses);
        Assert.NotNull(final);
        Assert.Equal(deltas.ToString(), final.OutputText);
        Assert.Equal(329, final.Usage!.OutputTokens);

        var retrieved = Parse(TestFixtures.Read("recorded", "background-stream.retrieve-completed.json"));
        Assert.Equal(retrieved.OutputText, final.OutputText);
    }

    [Theory]
    [InlineData("background-stream.sse")]
    [InlineData("background-stream.resume-starting-after-1.sse")]
    public void RecordedStream_ItemsAndPartsOfEventsParseAndRoundTrip(string file)
    {
        var seen = 0;
        foreach (var e in TestFixtures.ReadSseData(file))
        {
            if (e.TryGetProperty("item", out var itemJson))
            {
                var item = Assert.IsType<MessageItem>(itemJson.Deserialize(ResponsesJsonContext.Default.ResponseItem));
                Assert.Equal(MessageRole.Assistant, item.Role);
                JsonAssert.Equivalent(itemJson.GetRawText(), JsonSerializer.Serialize<ResponseItem>(item, ResponsesJsonContext.Default.ResponseItem), KnownNullFields);
                seen++;
            }

            if (e.TryGetProperty("part", out var partJson))
            {
                var part = Assert.IsType<OutputTextPart>(partJson.Deserialize(ResponsesJsonContext.Default.ResponseContentPart));
                JsonAssert.Equivalent(partJson.GetRawText(), JsonSerializer.Serialize<ResponseContentPart>(part, ResponsesJsonContext.Default.ResponseContentPart));
                seen++;
            }

            if (e.TryGetProperty("response", out var responseJson))
            {
                var response = responseJson.Deserialize(ResponsesJsonContext.Default.ModelResponse)!;
                JsonAssert.EquivalentExceptOmittedNulls(responseJson.GetRawText(), Write(response), KnownOptionalNulls.InResponse);
            }
        }

        Assert.Equal(4, seen);
    }

    [Fact]
    public void OutputText_ConcatenatesOutputTextOfEveryMessageInOrder_SkippingOtherPartsAndItems()
    {
        var json = """
            {"id":"r","created_at":1,"output":[
              {"type":"reasoning","id":"rs_1","summary":[{"type":"summary_text","text":"thinking"}]},
              {"type":"message","role":"assistant","content":[
                {"type":"output_text","text":"Hello","annotations":[]},
                {"type":"refusal","refusal":"no"},
                {"type":"output_text","text":", ","annotations":[]}]},
              {"type":"function_call","call_id":"c1","name":"f","arguments":"{}"},
              {"type":"web_search_call","id":"ws_1","status":"completed"},
              {"type":"message","role":"assistant","content":[{"type":"output_text","text":"world","annotations":[]},{"type":"reasoning_text","text":"x"}]}
            ]}
            """;

        Assert.Equal("Hello, world", Parse(json).OutputText);
    }

    [Fact]
    public void OutputText_IsEmptyWithoutOutput_AndIsNotWritten()
    {
        var response = Parse("""{"id":"r","created_at":1}""");

        Assert.Equal(string.Empty, response.OutputText);
        Assert.Empty(response.Output);
        Assert.DoesNotContain("output_text", Write(response), StringComparison.Ordinal);
    }

    [Fact]
    public void NullsEverywhereNullable_ReadWithoutThrowing()
    {
        var json = """
            {"id":"r","object":null,"created_at":1,"completed_at":null,"status":null,"background":null,"model":null,
             "error":{"code":null,"message":null},"incomplete_details":{"reason":null},"output":null,"usage":{"input_tokens":1,
             "input_tokens_details":null,"output_tokens":2,"output_tokens_details":null,"total_tokens":3},
             "metadata":null,"previous_response_id":null,"service_tier":null,"store":null,"max_output_tokens":null}
            """;

        var response = Parse(json);

        Assert.Null(response.Object);
        Assert.Null(response.Status);
        Assert.Null(response.CompletedAt);
        Assert.Null(response.Error!.Code);
        Assert.Null(response.IncompleteDetails!.Reason);
        Assert.NotNull(response.Output);
        Assert.Empty(response.Output);
        Assert.Null(response.Usage!.InputTokensDetails);
        Assert.Null(response.Metadata);
    }

    [Fact]
    public void UnknownErrorCodeAndStatus_AreKeptAndWrittenBack()
    {
        var json = $$$"""{"id":"r","created_at":1,"status":"paused","error":{"code":"quota_melted","message":"m"},"output":[],{{{ResponseJsonSamples.OtherRequiredProperties}}}}""";

        var response = Parse(json);

        Assert.Equal("paused", response.Status!.Value.Value);
        Assert.False(response.Status.Value.IsKnown);
        Assert.Equal("quota_melted", response.Error!.Code!.Value.Value);
        Assert.False(response.Error.Code.Value.IsKnown);
        JsonAssert.Equivalent(json, Write(response));
    }

    [Fact]
    public void Metadata_IsAStringDictionary()
    {
        var response = Parse("""{"id":"r","created_at":1,"metadata":{"job":"42"}}""");

        Assert.Equal("42", response.Metadata!["job"]);
    }
}
