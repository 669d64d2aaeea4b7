using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

/// <summary>The create-request properties typed last: only what is set is sent, and the server judges the values.</summary>
public class CreateResponseRequestSpecPropertiesTests
{
    private static string Write(CreateResponseRequest request) => ResponsesJson.Serialize(request);

    [Fact]
    public void NewProperties_AreSentWithTheirWireNames()
    {
        var request = new CreateResponseRequest
        {
            ContextManagement = [new ContextManagementEntry { CompactThreshold = 20000 }],
            Moderation = new ResponseModerationOptions
            {
                Model = "omni-moderation-latest",
                Policy = new ModerationPolicy { Input = new ModerationStagePolicy { Mode = ModerationMode.Block } },
            },
            PromptCacheOptions = new PromptCacheOptions { Ttl = PromptCacheTtl.ThirtyMinutes },
            PromptCacheRetention = PromptCacheRetention.InMemory,
            User = "user-1234",
            Reasoning = new ResponseReasoningOptions { Mode = ReasoningMode.Pro, Context = ReasoningContext.CurrentTurn, GenerateSummary = ReasoningSummaryMode.Detailed },
        };

        JsonAssert.Equal(
            """
            {"reasoning":{"mode":"pro","context":"current_turn","generate_summary":"detailed"},
             "prompt_cache_options":{"ttl":"30m"},"prompt_cache_retention":"in_memory","user":"user-1234",
             "moderation":{"model":"omni-moderation-latest","policy":{"input":{"mode":"block"}}},
             "context_management":[{"type":"compaction","compact_threshold":20000}]}
            """,
            Write(request));
    }

    [Fact]
    public void UnsetNewProperties_AreNotSent()
    {
        var written = Write(new CreateResponseRequest { Model = "m", Reasoning = new ResponseReasoningOptions { Effort = ReasoningEffort.Low } });

        Assert.Equal("""{"model":"m","reasoning":{"effort":"low"}}""", written);
    }

    [Fact]
    public void NewProperties_AreReadBackTyped()
    {
        var request = ResponsesJson.DeserializeCreateResponseRequest(
            """
            {"moderation":{"model":"omni","policy":{"output":{"mode":"score"}}},"reasoning":{"mode":"pro"},
             "context_management":[{"type":"compaction"}],"prompt_cache_options":{"mode":"implicit"},"user":"u"}
            """);

        Assert.Equal("omni", request.Moderation!.Model);
        Assert.Equal(ModerationMode.Score, request.Moderation.Policy!.Output!.Mode);
        Assert.Null(request.Moderation.Policy.Input);
        Assert.Equal(ReasoningMode.Pro, request.Reasoning!.Mode);
        Assert.Equal(ContextManagementType.Compaction, Assert.Single(request.ContextManagement!).Type);
        Assert.Equal(PromptCacheMode.Implicit, request.PromptCacheOptions!.Mode);
        Assert.Equal("u", request.User);
        Assert.Null(request.AdditionalProperties);
    }

    [Fact]
    public void OutOfRangeValues_AreSentForTheServerToJudge()
    {
        var written = Write(new CreateResponseRequest { Temperature = 2.5, TopLogprobs = 40, ContextManagement = [new ContextManagementEntry { CompactThreshold = 10 }] });

        using var document = JsonDocument.Parse(written);
        Assert.Equal(2.5, document.RootElement.GetProperty("temperature").GetDouble());
        Assert.Equal(40, document.RootElement.GetProperty("top_logprobs").GetInt32());
        Assert.Equal(10, document.RootElement.GetProperty("context_management")[0].GetProperty("compact_threshold").GetInt32());
    }
}
