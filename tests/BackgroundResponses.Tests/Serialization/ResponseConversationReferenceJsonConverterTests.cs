using System.Text.Json;

namespace BackgroundResponses.Tests.Serialization;

public class ResponseConversationReferenceJsonConverterTests
{
    private static ResponseConversationReference Read(string conversationJson) =>
        JsonSerializer.Deserialize($$"""{"conversation":{{conversationJson}}}""", ResponsesJsonContext.Default.CreateResponseRequest)!.Conversation!;

    [Fact]
    public void Write_UsesStringForm()
    {
        var json = JsonSerializer.Serialize(new CreateResponseRequest { Conversation = "conv_1" }, ResponsesJsonContext.Default.CreateResponseRequest);

        JsonAssert.Equal("""{"conversation":"conv_1"}""", json);
    }

    [Fact]
    public void Read_String()
    {
        Assert.Equal("conv_1", Read("\"conv_1\"").Id);
    }

    [Fact]
    public void Read_Object()
    {
        Assert.Equal("conv_2", Read("""{"id":"conv_2"}""").Id);
    }

    [Fact]
    public void Read_ObjectWithoutId_Fails()
    {
        Assert.Throws<JsonException>(() => Read("""{"name":"x"}"""));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("""{"id":" "}""")]
    public void Read_BlankId_FailsAsJsonError(string json)
    {
        Assert.Throws<JsonException>(() => Read(json));
    }

    [Fact]
    public void Constructor_RejectsBlankId()
    {
        Assert.Throws<ArgumentException>(() => new ResponseConversationReference(""));
    }
}
