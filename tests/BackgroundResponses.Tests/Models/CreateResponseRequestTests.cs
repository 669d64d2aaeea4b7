using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public class CreateResponseRequestTests
{
    private static string Write(CreateResponseRequest request) =>
        JsonSerializer.Serialize(request, ResponsesJsonContext.Default.CreateResponseRequest);

    private static CreateResponseRequest Read(string json) =>
        JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.CreateResponseRequest)!;

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void EmptyRequest_WritesEmptyObject()
    {
        Assert.Equal("{}", Write(new CreateResponseRequest()));
    }

    [Fact]
    public void FullyPopulatedRequest_WritesExactlyTheSpecJson()
    {
        var request = new CreateResponseRequest
        {
            Model = "gpt-5.5",
            Input = "Tell me a bedtime story.",
            Instructions = "Be brief.",
            Store = true,
            PreviousResponseId = "resp_prev",
            Conversation = "conv_1",
            Reasoning = new ResponseReasoningOptions { Effort = ReasoningEffort.High, Summary = ReasoningSummaryMode.Auto },
            Tools =
            [
                FunctionTool.Create("get_weather", "Gets the weather.", """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}""", strict: true),
                RawResponseTool.FromJson("""{"type":"web_search","search_context_size":"low"}"""),
            ],
            ToolChoice = ResponseToolChoice.ForFunction("get_weather"),
            ParallelToolCalls = false,
            MaxToolCalls = 3,
            Text = new ResponseTextOptions
            {
                Format = JsonSchemaFormat.Create("story", """{"type":"object"}""", "A story.", strict: true),
                Verbosity = TextVerbosity.Low,
            },
            MaxOutputTokens = 1000,
            Temperature = 0.5,
            TopP = 0.9,
            TopLogprobs = 2,
            Truncation = ResponseTruncation.Auto,
            Metadata = new Dictionary<string, string> { ["run"] = "42" },
            Include = [ResponseIncludable.ReasoningEncryptedContent, ResponseIncludable.MessageOutputTextLogprobs],
            ServiceTier = ServiceTier.Flex,
            SafetyIdentifier = "user-hash",
            PromptCacheKey = "cache-1",
            Prompt = new ResponsePrompt
            {
                Id = "pmpt_1",
                Version = "2",
                Variables = new Dictionary<string, JsonElement> { ["name"] = Json("\"Ada\"") },
            },
            StreamOptions = new ResponseStreamOptions { IncludeObfuscation = false },
            AdditionalProperties = new Dictionary<string, JsonElement> { ["prompt_cache_options"] = Json("""{"ttl":"30m"}""") },
        };

        JsonAssert.Equal(
            """
            {
              "model": "gpt-5.5",
              "input": "Tell me a bedtime story.",
              "instructions": "Be brief.",
              "store": true,
              "previous_response_id": "resp_prev",
              "conversation": "conv_1",
              "reasoning": { "effort": "high", "summary": "auto" },
              "tools": [
                {
                  "type": "function",
                  "name": "get_weather",
                  "description": "Gets the weather.",
                  "parameters": { "type": "object", "properties": { "city": { "type": "string" } }, "required": ["city"], "additionalProperties": false },
                  "strict": true
                },
                { "type": "web_search", "search_context_size": "low" }
              ],
              "tool_choice": { "type": "function", "name": "get_weather" },
              "parallel_tool_calls": false,
              "max_tool_calls": 3,
              "text": {
                "format": { "type": "json_schema", "name": "story", "schema": { "type": "object" }, "description": "A story.", "strict": true },
                "verbosity": "low"
              },
              "max_output_tokens": 1000,
              "temperature": 0.5,
              "top_p": 0.9,
              "top_logprobs": 2,
              "truncation": "auto",
              "metadata": { "run": "42" },
              "include": ["reasoning.encrypted_content", "message.output_text.logprobs"],
              "service_tier": "flex",
              "safety_identifier": "user-hash",
              "prompt_cache_key": "cache-1",
              "prompt": { "id": "pmpt_1", "version": "2", "variables": { "name": "Ada" } },
              "stream_options": { "include_obfuscation": false },
              "prompt_cache_options": { "ttl": "30m" }
            }
            """,
            Write(request));
    }

    [Fact]
    public void FullyPopulatedRequest_RoundTrips()
    {
        var json = """
            {"model":"m","input":"hi","store":false,"conversation":"conv_1","reasoning":{"effort":"low"},
             "tools":[{"type":"function","name":"f","parameters":{"type":"object"},"strict":false},{"type":"mcp","server_label":"x"}],
             "tool_choice":"required","text":{"format":{"type":"json_object"},"verbosity":"high"},
             "include":["file_search_call.results"],"service_tier":"priority","stream_options":{"include_obfuscation":true},
             "truncation":"disabled","metadata":{"a":"b"},"top_p":1}
            """;

        JsonAssert.Equal(json, Write(Read(json)));
    }

    [Fact]
    public void StringInput_IsWrittenAsJsonString()
    {
        var request = new CreateResponseRequest { Model = "gpt-5.5", Input = "hi" };

        JsonAssert.Equal("""{"model":"gpt-5.5","input":"hi"}""", Write(request));
    }

    [Fact]
    public void Store_IsSentOnlyWhenSet()
    {
        Assert.DoesNotContain("store", Write(new CreateResponseRequest { Model = "m" }), StringComparison.Ordinal);
        JsonAssert.Equal("""{"store":false}""", Write(new CreateResponseRequest { Store = false }));
    }

    [Fact]
    public void SnakeCaseNames_MatchTheSpec()
    {
        var request = new CreateResponseRequest
        {
            PreviousResponseId = "r",
            MaxOutputTokens = 16,
            ParallelToolCalls = true,
            PromptCacheKey = "k",
            SafetyIdentifier = "s",
            MaxToolCalls = 1,
            TopLogprobs = 0,
            TopP = 0.1,
            ServiceTier = ServiceTier.Auto,
            StreamOptions = new ResponseStreamOptions { IncludeObfuscation = true },
        };

        JsonAssert.Equal(
            """
            {"previous_response_id":"r","max_output_tokens":16,"parallel_tool_calls":true,"prompt_cache_key":"k",
             "safety_identifier":"s","max_tool_calls":1,"top_logprobs":0,"top_p":0.1,"service_tier":"auto",
             "stream_options":{"include_obfuscation":true}}
            """,
            Write(request));
    }

    [Fact]
    public void Conversation_IsWrittenAsIdString()
    {
        JsonAssert.Equal("""{"conversation":"conv_9"}""", Write(new CreateResponseRequest { Conversation = new ResponseConversationReference("conv_9") }));
    }

    [Fact]
    public void Reasoning_WritesOnlyWhatIsSet()
    {
        JsonAssert.Equal(
            """{"reasoning":{"effort":"minimal"}}""",
            Write(new CreateResponseRequest { Reasoning = new ResponseReasoningOptions { Effort = ReasoningEffort.Minimal } }));
        JsonAssert.Equal(
            """{"reasoning":{"summary":"detailed"}}""",
            Write(new CreateResponseRequest { Reasoning = new ResponseReasoningOptions { Summary = ReasoningSummaryMode.Detailed } }));
    }

    [Fact]
    public void Include_WritesEveryDocumentedValue()
    {
        var request = new CreateResponseRequest
        {
            Include =
            [
                ResponseIncludable.FileSearchCallResults,
                ResponseIncludable.WebSearchCallResults,
                ResponseIncludable.WebSearchCallActionSources,
                ResponseIncludable.MessageInputImageImageUrl,
                ResponseIncludable.ComputerCallOutputOutputImageUrl,
                ResponseIncludable.CodeInterpreterCallOutputs,
                ResponseIncludable.ReasoningEncryptedContent,
                ResponseIncludable.MessageOutputTextLogprobs,
            ],
        };

        JsonAssert.Equal(
            """
            {"include":["file_search_call.results","web_search_call.results","web_search_call.action.sources",
              "message.input_image.image_url","computer_call_output.output.image_url","code_interpreter_call.outputs",
              "reasoning.encrypted_content","message.output_text.logprobs"]}
            """,
            Write(request));
    }

    [Fact]
    public void UnknownOpenStructValues_AreWrittenAsGiven()
    {
        var request = new CreateResponseRequest
        {
            Reasoning = new ResponseReasoningOptions { Effort = "ultra", Summary = "verbose" },
            ServiceTier = "ultrafast",
            Include = ["future.field"],
            Text = new ResponseTextOptions { Verbosity = "extreme" },
            Truncation = "smart",
        };

        JsonAssert.Equal(
            """
            {"reasoning":{"effort":"ultra","summary":"verbose"},"service_tier":"ultrafast","include":["future.field"],
             "text":{"verbosity":"extreme"},"truncation":"smart"}
            """,
            Write(request));
    }

    [Fact]
    public void EscapeHatch_IsMergedAtTopLevel()
    {
        var request = new CreateResponseRequest
        {
            Model = "m",
            AdditionalProperties = new Dictionary<string, JsonElement>
            {
                ["context_management"] = Json("""[{"type":"compaction","compact_threshold":2000}]"""),
                ["user"] = Json("\"legacy\""),
            },
        };

        JsonAssert.Equal(
            """{"model":"m","context_management":[{"type":"compaction","compact_threshold":2000}],"user":"legacy"}""",
            Write(request));
    }

    [Fact]
    public void UnknownFields_AreKeptWhenRead()
    {
        var json = """{"model":"m","future_knob":{"level":2.50},"reasoning":{"effort":"low","future_depth":null}}""";

        var request = Read(json);

        Assert.Equal("m", request.Model);
        Assert.Equal("2.50", request.AdditionalProperties!["future_knob"].GetProperty("level").GetRawText());
        Assert.Equal(ReasoningEffort.Low, request.Reasoning!.Effort);
        Assert.Equal(JsonValueKind.Null, request.Reasoning.AdditionalProperties!["future_depth"].ValueKind);
        var written = Write(request);
        JsonAssert.Equal(json, written);
        Assert.Contains("""{"level":2.50}""", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PopulatesTypedProperties()
    {
        var request = Read("""
            {"input":"hi","conversation":{"id":"conv_2"},"tool_choice":{"type":"function","name":"f"},
             "service_tier":"scale","include":["code_interpreter_call.outputs"],"max_output_tokens":100,
             "prompt":{"id":"p","variables":{"x":"y"}}}
            """);

        Assert.Equal("hi", request.Input!.Text);
        Assert.Equal("conv_2", request.Conversation!.Id);
        Assert.Equal("f", request.ToolChoice!.FunctionName);
        Assert.Equal(ServiceTier.Scale, request.ServiceTier);
        Assert.Equal([ResponseIncludable.CodeInterpreterCallOutputs], request.Include!);
        Assert.Equal(100, request.MaxOutputTokens);
        Assert.Equal("y", request.Prompt!.Variables!["x"].GetString());
    }
}
