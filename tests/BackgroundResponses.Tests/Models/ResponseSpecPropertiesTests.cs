using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

/// <summary>Every property the spec gives <c>Response</c> is typed on <see cref="ModelResponse"/>, read from real traffic and written back.</summary>
public class ResponseSpecPropertiesTests
{
    // Response = ModelResponseProperties + ResponseProperties + its own properties, resolved from the spec's allOf chain
    // (output_text is the official SDKs' computed convenience, not wire data).
    private static readonly string[] SpecResponseProperties =
    [
        "metadata", "top_logprobs", "temperature", "top_p", "user", "safety_identifier", "prompt_cache_key", "prompt_cache_retention",
        "previous_response_id", "model", "background", "max_tool_calls", "text", "tools", "tool_choice", "prompt",
        "service_tier", "truncation", "id", "object", "status", "created_at", "completed_at", "error", "incomplete_details", "output",
        "reasoning", "instructions", "usage", "prompt_cache_options", "moderation", "parallel_tool_calls", "conversation",
        "max_output_tokens",
    ];

    private static ModelResponse Read(string json) => ResponsesJson.DeserializeModelResponse(json);

    public static TheoryData<string> RecordedResponses() => ["background-stream.retrieve-completed.json", "cancel.create-response.json", "cancel.cancel-response.json"];

    [Theory]
    [MemberData(nameof(RecordedResponses))]
    public void RecordedResponse_LeavesNoSpecPropertyInAdditionalProperties(string file)
    {
        var response = Read(TestFixtures.Read("recorded", file));

        var leftovers = response.AdditionalProperties?.Keys.Intersect(SpecResponseProperties).ToList() ?? [];

        Assert.Empty(leftovers);
    }

    [Fact]
    public void RecordedResponse_KeepsOnlyTheFieldsTheSpecDoesNotName()
    {
        var response = Read(TestFixtures.Read("recorded", "background-stream.retrieve-completed.json"));

        Assert.Equal(["billing", "frequency_penalty", "presence_penalty"], response.AdditionalProperties!.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RecordedResponses))]
    public void RecordedResponse_ReadsTheRequestEchoTyped(string file)
    {
        var json = TestFixtures.Read("recorded", file);
        var response = Read(json);

        Assert.Null(response.Instructions);
        Assert.Empty(response.Tools!);
        Assert.Equal(ResponseToolChoice.Auto.Mode, response.ToolChoice!.Mode);
        Assert.True(response.ParallelToolCalls);
        Assert.Equal(1.0, response.Temperature);
        Assert.Equal(1.0, response.TopP);
        Assert.Equal(0, response.TopLogprobs);
        Assert.Null(response.MaxToolCalls);
        Assert.NotNull(response.Reasoning);
        Assert.Null(response.Reasoning.Effort);
        Assert.Null(response.Reasoning.Summary);
        Assert.IsType<TextFormat>(response.Text!.Format);
        Assert.Equal(TextVerbosity.Medium, response.Text.Verbosity);
        Assert.Equal(ResponseTruncation.Disabled, response.Truncation);
        Assert.Null(response.PromptCacheKey);
        Assert.Null(response.SafetyIdentifier);
        Assert.Null(response.User);
        Assert.Null(response.Conversation);
        Assert.Null(response.Moderation);
        Assert.Equal(JsonDocument.Parse(json).RootElement.GetProperty("service_tier").GetString(), response.ServiceTier!.Value.Value);
    }

    [Fact]
    public void RecordedResponse_WritesTheRequiredNullsAndTheReasoningEcho()
    {
        var written = ResponsesJson.Serialize(Read(TestFixtures.Read("recorded", "cancel.create-response.json")));

        using var document = JsonDocument.Parse(written);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("instructions").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("error").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("incomplete_details").ValueKind);
        Assert.Equal(1, root.GetProperty("temperature").GetDouble());
        Assert.Equal("auto", root.GetProperty("tool_choice").GetString());
        Assert.False(root.TryGetProperty("max_tool_calls", out _));
        Assert.Equal("{}", root.GetProperty("reasoning").GetRawText());
    }

    [Fact]
    public void EveryNewlyTypedProperty_IsReadAndWrittenBack()
    {
        var json = """
            {"id":"resp_1","object":"response","created_at":1,"status":"completed","model":"gpt-5.6","error":null,
             "incomplete_details":null,"output":[],"metadata":{"k":"v"},"instructions":"Answer in French.",
             "conversation":{"id":"conv_1"},
             "reasoning":{"mode":"pro","effort":"high","summary":"auto","context":"all_turns","generate_summary":"concise"},
             "tools":[{"type":"function","name":"f","parameters":{"type":"object"},"strict":true}],
             "tool_choice":{"type":"function","name":"f"},"parallel_tool_calls":false,"max_tool_calls":3,
             "text":{"format":{"type":"text"},"verbosity":"low"},"temperature":0.25,"top_p":0.5,"top_logprobs":2,
             "truncation":"auto","prompt":{"id":"pmpt_1","version":"2"},"prompt_cache_key":"k1",
             "prompt_cache_options":{"mode":"explicit","ttl":"30m"},"prompt_cache_retention":"24h",
             "safety_identifier":"user-hash","user":"legacy-user","service_tier":"ultrafast",
             "moderation":{
               "input":{"type":"moderation_result","model":"omni-moderation-latest","flagged":true,
                        "categories":{"violence":true,"hate":false},"category_scores":{"violence":0.91,"hate":0.01},
                        "category_applied_input_types":{"violence":["text","image"],"hate":["text"]}},
               "output":{"type":"error","code":"moderation_unavailable","message":"try later"}}}
            """;

        var response = Read(json);

        Assert.Equal("Answer in French.", response.Instructions!.Text);
        Assert.Equal("conv_1", response.Conversation!.Id);
        Assert.Equal(ReasoningMode.Pro, response.Reasoning!.Mode);
        Assert.Equal(ReasoningEffort.High, response.Reasoning.Effort);
        Assert.Equal(ReasoningSummaryMode.Auto, response.Reasoning.Summary);
        Assert.Equal(ReasoningContext.AllTurns, response.Reasoning.Context);
        Assert.Equal(ReasoningSummaryMode.Concise, response.Reasoning.GenerateSummary);
        Assert.Equal("f", Assert.IsType<FunctionTool>(Assert.Single(response.Tools!)).Name);
        Assert.Equal("f", response.ToolChoice!.FunctionName);
        Assert.False(response.ParallelToolCalls);
        Assert.Equal(3, response.MaxToolCalls);
        Assert.Equal(TextVerbosity.Low, response.Text!.Verbosity);
        Assert.Equal(0.25, response.Temperature);
        Assert.Equal(0.5, response.TopP);
        Assert.Equal(2, response.TopLogprobs);
        Assert.Equal(ResponseTruncation.Auto, response.Truncation);
        Assert.Equal("pmpt_1", response.Prompt!.Id);
        Assert.Equal("k1", response.PromptCacheKey);
        Assert.Equal(PromptCacheMode.Explicit, response.PromptCacheOptions!.Mode);
        Assert.Equal(PromptCacheTtl.ThirtyMinutes, response.PromptCacheOptions.Ttl);
        Assert.Equal(PromptCacheRetention.TwentyFourHours, response.PromptCacheRetention);
        Assert.Equal("user-hash", response.SafetyIdentifier);
        Assert.Equal("legacy-user", response.User);
        Assert.Equal(ServiceTier.UltraFast, response.ServiceTier);

        var input = Assert.IsType<ModerationResult>(response.Moderation!.Input);
        Assert.Equal("omni-moderation-latest", input.Model);
        Assert.True(input.Flagged);
        Assert.True(input.Categories!["violence"]);
        Assert.False(input.Categories["hate"]);
        Assert.Equal(0.91, input.CategoryScores!["violence"]);
        Assert.Equal([ModerationInputType.Text, ModerationInputType.Image], input.CategoryAppliedInputTypes!["violence"]);
        var output = Assert.IsType<ModerationError>(response.Moderation.Output);
        Assert.Equal("moderation_unavailable", output.Code);
        Assert.Equal("try later", output.Message);

        Assert.Null(response.AdditionalProperties);
        JsonAssert.EquivalentExceptOmittedNulls(json, ResponsesJson.Serialize(response), []);
    }

    [Fact]
    public void UnknownValuesAndAnUnknownModerationOutcome_AreWrittenBackVerbatim()
    {
        var json = """
            {"id":"r","object":"response","created_at":1,"model":"m","error":null,"incomplete_details":null,"output":[],
             "metadata":{},"instructions":null,"tools":[],"tool_choice":"auto","parallel_tool_calls":true,"temperature":2.5,"top_p":1,
             "service_tier":"hyperspeed","reasoning":{"mode":"deep","context":"every_turn","effort":"galactic","future":1.50},
             "prompt_cache_options":{"mode":"adaptive","ttl":"7d"},"prompt_cache_retention":"forever",
             "conversation":{"id":"conv_1","title":"kept"},
             "moderation":{"input":{"type":"moderation_digest","digest":[1.0,null]},"output":{"type":"error","code":"c","message":"m","retry":true}}}
            """;

        var response = Read(json);
        var written = ResponsesJson.Serialize(response);

        Assert.Equal("hyperspeed", response.ServiceTier!.Value.Value);
        Assert.Equal("deep", response.Reasoning!.Mode!.Value.Value);
        Assert.Equal("every_turn", response.Reasoning.Context!.Value.Value);
        Assert.Equal("7d", response.PromptCacheOptions!.Ttl!.Value.Value);
        Assert.Equal("forever", response.PromptCacheRetention!.Value.Value);
        Assert.Equal(2.5, response.Temperature);
        Assert.Equal("moderation_digest", Assert.IsType<UnknownModerationOutcome>(response.Moderation!.Input).Type);
        Assert.Contains("""{"type":"moderation_digest","digest":[1.0,null]}""", written, StringComparison.Ordinal);
        Assert.Contains("\"future\":1.50", written, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.True, Assert.IsType<ModerationError>(response.Moderation.Output).AdditionalProperties!["retry"].ValueKind);
        JsonAssert.EquivalentExceptOmittedNulls(json, written, []);
    }

    [Fact]
    public void InstructionsAsInputItems_AreReadAsItems()
    {
        var response = Read("""{"id":"r","created_at":1,"instructions":[{"type":"message","role":"developer","content":[{"type":"input_text","text":"Be brief."}]}]}""");

        var message = Assert.IsType<MessageItem>(Assert.Single(response.Instructions!.Items!));
        Assert.Equal(MessageRole.Developer, message.Role);
        Assert.Equal("Be brief.", Assert.IsType<InputTextPart>(Assert.Single(message.Content)).Text);
    }
}
