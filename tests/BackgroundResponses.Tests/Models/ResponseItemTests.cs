using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public class ResponseItemTests
{
    private static ResponseItem Read(string json) => JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseItem)!;

    private static string Write(ResponseItem item) => JsonSerializer.Serialize(item, ResponsesJsonContext.Default.ResponseItem);

    [Fact]
    public void FunctionCall_ReadsAndRoundTrips()
    {
        var json = """{"arguments":"{\"city\":\"Paris\"}","call_id":"call_1","name":"get_weather","status":"completed","id":"fc_1","type":"function_call"}""";

        var call = Assert.IsType<FunctionCallItem>(Read(json));

        Assert.Equal("fc_1", call.Id);
        Assert.Equal("call_1", call.CallId);
        Assert.Equal("get_weather", call.Name);
        Assert.Equal("{\"city\":\"Paris\"}", call.Arguments);
        Assert.Equal("completed", call.Status);
        JsonAssert.Equivalent(json, Write(call));
    }

    [Fact]
    public void FunctionCallOutput_WritesItsType()
    {
        var item = new FunctionCallOutputItem { CallId = "call_1", Output = "22C" };

        Assert.Equal("""{"type":"function_call_output","call_id":"call_1","output":"22C"}""", Write(item));
        Assert.Equal("22C", Assert.IsType<FunctionCallOutputItem>(Read(Write(item))).Output!.Text);
    }

    [Fact]
    public void Reasoning_ToleratesNullContentAndStatus_AndKeepsThem()
    {
        var json = """{"id":"rs_1","type":"reasoning","summary":[{"type":"summary_text","text":"Plan"}],"content":null,"encrypted_content":null,"status":null}""";

        var reasoning = Assert.IsType<ReasoningItem>(Read(json));

        Assert.Equal("rs_1", reasoning.Id);
        Assert.Null(reasoning.Status);
        Assert.Null(reasoning.EncryptedContent);
        var part = Assert.Single(reasoning.Summary);
        Assert.Equal("summary_text", part.Type);
        Assert.Equal("Plan", part.Text);
        Assert.Equal(JsonValueKind.Null, reasoning.AdditionalProperties!["content"].ValueKind);
        JsonAssert.Equivalent(json, Write(reasoning), "encrypted_content", "status");
    }

    [Theory]
    [InlineData("""{"id":"msg_123"}""")]
    [InlineData("""{"id":"msg_123","type":null}""")]
    [InlineData("""{"type":null,"id":"msg_123"}""")]
    public void ItemReference_WithoutType_IsAReference(string json)
    {
        var reference = Assert.IsType<ItemReference>(Read(json));

        Assert.Equal("msg_123", reference.Id);
        Assert.Null(reference.AdditionalProperties);
        Assert.Equal("""{"type":"item_reference","id":"msg_123"}""", Write(reference));
    }

    [Theory]
    [InlineData("""{"id":"x_1","status":"completed"}""")]
    [InlineData("""{"id":7}""")]
    [InlineData("""{"id":null}""")]
    [InlineData("""{"id":"x_1","type":7}""")]
    [InlineData("""{}""")]
    public void UntypedObject_ThatIsNotABareId_StaysUnknown(string json)
    {
        var item = Assert.IsType<UnknownResponseItem>(Read(json));

        Assert.Equal(json, Write(item));
    }

    [Fact]
    public void ItemReference_RoundTrips()
    {
        var reference = Assert.IsType<ItemReference>(Read("""{"id":"msg_9","type":"item_reference"}"""));

        Assert.Equal("msg_9", reference.Id);
        Assert.Equal("""{"type":"item_reference","id":"msg_9"}""", Write(reference));
    }

    [Fact]
    public void UnknownItemType_IsKeptRawAndWrittenBackByteForByte()
    {
        var json = """{"id":"ws_1","status":"completed","action":{"type":"search","query":"x","sources":null},"type":"future_search_call"}""";

        var item = Assert.IsType<UnknownResponseItem>(Read(json));

        Assert.Equal("future_search_call", item.Type);
        Assert.Equal("ws_1", item.Id);
        Assert.Equal(json, Write(item));
    }

    [Theory]
    [InlineData("""{"id":"x","content":[]}""", "")]
    [InlineData("""{"type":null,"id":"x","status":"completed"}""", "")]
    [InlineData("""{"type":17}""", "")]
    [InlineData("""[1,2]""", "")]
    [InlineData("""{"type":"MESSAGE","role":"user"}""", "MESSAGE")]
    public void MissingOrOddType_IsUnknownNotAnError(string json, string expectedType)
    {
        var item = Assert.IsType<UnknownResponseItem>(Read(json));

        Assert.Equal(expectedType, item.Type);
        Assert.Equal(json, Write(item));
    }
}
