using System.Text.Json;
using BackgroundResponses.Extensions.AI.Tests.TestSupport;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

public class ChatRequestMappingTests
{
    [Theory]
    [InlineData("resp_previous", "previous_response_id")]
    [InlineData("conv_123", "conversation")]
    public void ConversationId_ChainsFromAResponseOrJoinsAConversation(string conversationId, string property)
    {
        using var body = Serialize([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { ConversationId = conversationId });

        var value = body.RootElement.GetProperty(property);
        Assert.Equal(conversationId, value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetProperty("id").GetString());
    }

    [Fact]
    public void Roles_BecomeMessageItemsInOrder_AndOptionsFillTheRequest()
    {
        using var body = Serialize(
            [new ChatMessage(ChatRole.System, "sys"), new ChatMessage(new ChatRole("developer"), "dev"), new ChatMessage(ChatRole.User, "q"), new ChatMessage(ChatRole.Assistant, "a")],
            new ChatOptions { ModelId = "gpt-x", Temperature = 0.5f, TopP = 0.25f, MaxOutputTokens = 9, Instructions = "be kind" });

        var input = body.RootElement.GetProperty("input").EnumerateArray().Select(i => (i.GetProperty("role").GetString(), i.GetProperty("content")[0].GetProperty("text").GetString())).ToList();
        Assert.Equal([("system", "sys"), ("developer", "dev"), ("user", "q"), ("assistant", "a")], input);
        Assert.Equal("gpt-x", body.RootElement.GetProperty("model").GetString());
        Assert.Equal(0.5, body.RootElement.GetProperty("temperature").GetDouble());
        Assert.Equal(0.25, body.RootElement.GetProperty("top_p").GetDouble());
        Assert.Equal(9, body.RootElement.GetProperty("max_output_tokens").GetInt32());
        Assert.Equal("be kind", body.RootElement.GetProperty("instructions").GetString());
    }

    [Fact]
    public void APreparedRequest_WinsOverTheOptions_AndTheDefaultModelFillsTheGap()
    {
        var options = new ChatOptions { Temperature = 0.9f, RawRepresentationFactory = _ => new CreateResponseRequest { Temperature = 0.1, Store = false } };

        using var body = Serialize([new ChatMessage(ChatRole.User, "hi")], options, defaultModelId: "gpt-default");

        Assert.Equal(0.1, body.RootElement.GetProperty("temperature").GetDouble());
        Assert.False(body.RootElement.GetProperty("store").GetBoolean());
        Assert.Equal("gpt-default", body.RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public void ContentWithNowhereToGo_IsRefusedWithItsName_NotDropped()
    {
        var image = new DataContent(new byte[] { 1, 2, 3 }, "image/png");

        var inSystem = Assert.Throws<NotSupportedException>(() => MappedRequest.Of([new ChatMessage(ChatRole.System, [image])]));
        var textInTool = Assert.Throws<NotSupportedException>(() => MappedRequest.Of([new ChatMessage(ChatRole.Tool, "result")]));
        var custom = Assert.Throws<NotSupportedException>(() => MappedRequest.Of([new ChatMessage(ChatRole.User, [new CustomContent()])]));

        Assert.Contains("DataContent", inSystem.Message, StringComparison.Ordinal);
        Assert.Contains("input_text", textInTool.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(CustomContent), custom.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Microsoft.Extensions.AI.ReasoningEffort.None, ReasoningOutput.None, "none", null)]
    [InlineData(Microsoft.Extensions.AI.ReasoningEffort.Low, ReasoningOutput.Summary, "low", "concise")]
    [InlineData(Microsoft.Extensions.AI.ReasoningEffort.Medium, ReasoningOutput.Full, "medium", "detailed")]
    [InlineData(Microsoft.Extensions.AI.ReasoningEffort.High, null, "high", null)]
    [InlineData(Microsoft.Extensions.AI.ReasoningEffort.ExtraHigh, null, "xhigh", null)]
    public void ReasoningOptions_BecomeEffortAndSummary(Microsoft.Extensions.AI.ReasoningEffort effort, ReasoningOutput? output, string wireEffort, string? wireSummary)
    {
        using var body = Serialize([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { Reasoning = new ReasoningOptions { Effort = effort, Output = output } });

        var reasoning = body.RootElement.GetProperty("reasoning");
        Assert.Equal(wireEffort, reasoning.GetProperty("effort").GetString());
        Assert.Equal(wireSummary, reasoning.TryGetProperty("summary", out var summary) ? summary.GetString() : null);
    }

    [Fact]
    public void NoReasoningChoice_SendsNoReasoningObject()
    {
        using var body = Serialize([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { Reasoning = new ReasoningOptions() });

        Assert.False(body.RootElement.TryGetProperty("reasoning", out _));
    }

    [Fact]
    public void ResponseFormats_BecomeTextFormat()
    {
        using var schema = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}""");

        using var text = Serialize([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { ResponseFormat = ChatResponseFormat.Text });
        using var json = Serialize([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { ResponseFormat = ChatResponseFormat.Json });
        using var named = Serialize(
            [new ChatMessage(ChatRole.User, "hi")],
            new ChatOptions
            {
                ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement, "city_answer", "The city asked about."),
                AdditionalProperties = new() { ["strict"] = true },
            });
        using var unnamed = Serialize([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement) });

        Assert.Equal("text", text.RootElement.GetProperty("text").GetProperty("format").GetProperty("type").GetString());
        Assert.Equal("json_object", json.RootElement.GetProperty("text").GetProperty("format").GetProperty("type").GetString());
        var format = named.RootElement.GetProperty("text").GetProperty("format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.Equal("city_answer", format.GetProperty("name").GetString());
        Assert.Equal("The city asked about.", format.GetProperty("description").GetString());
        Assert.True(format.GetProperty("strict").GetBoolean());
        Assert.Equal("string", format.GetProperty("schema").GetProperty("properties").GetProperty("city").GetProperty("type").GetString());
        Assert.Equal("json_schema", unnamed.RootElement.GetProperty("text").GetProperty("format").GetProperty("name").GetString());
        Assert.False(unnamed.RootElement.GetProperty("text").GetProperty("format").TryGetProperty("strict", out _));
    }

    [Fact]
    public void APreparedTextFormatAndReasoning_WinOverTheOptions()
    {
        var options = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.Json,
            Reasoning = new ReasoningOptions { Effort = Microsoft.Extensions.AI.ReasoningEffort.Low },
            RawRepresentationFactory = _ => new CreateResponseRequest
            {
                Text = new ResponseTextOptions { Format = new TextFormat() },
                Reasoning = new ResponseReasoningOptions { Effort = BackgroundResponses.ReasoningEffort.High },
            },
        };

        using var body = Serialize([new ChatMessage(ChatRole.User, "hi")], options);

        Assert.Equal("text", body.RootElement.GetProperty("text").GetProperty("format").GetProperty("type").GetString());
        Assert.Equal("high", body.RootElement.GetProperty("reasoning").GetProperty("effort").GetString());
    }

    private static JsonDocument Serialize(IEnumerable<ChatMessage> messages, ChatOptions? options, string? defaultModelId = null) =>
        MappedRequest.Json(messages, options, defaultModelId);

    private sealed class CustomContent : AIContent;
}
