using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public class MessageItemTests
{
    private static string Write(ResponseItem item) => JsonSerializer.Serialize(item, ResponsesJsonContext.Default.ResponseItem);

    private static ResponseItem Read(string json) => JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseItem)!;

    [Theory]
    [InlineData("user")]
    [InlineData("developer")]
    [InlineData("system")]
    public void InputFactories_WriteExactlyOneInputTextPart(string role)
    {
        var item = role switch
        {
            "user" => MessageItem.CreateUserMessage("hi"),
            "developer" => MessageItem.CreateDeveloperMessage("hi"),
            _ => MessageItem.CreateSystemMessage("hi"),
        };

        Assert.Equal(
            $$"""{"type":"message","role":"{{role}}","content":[{"type":"input_text","text":"hi"}]}""",
            Write(item));
    }

    [Fact]
    public void AssistantFactory_WritesAnOutputTextPartWithItsRequiredAnnotations()
    {
        Assert.Equal(
            """{"type":"message","role":"assistant","content":[{"type":"output_text","text":"hi","annotations":[]}]}""",
            Write(MessageItem.CreateAssistantMessage("hi")));
    }

    [Fact]
    public void ItemWithoutTypeButWithRole_IsAMessage()
    {
        var item = Read("""{"role":"user","content":[{"type":"input_text","text":"hi"}]}""");

        var message = Assert.IsType<MessageItem>(item);
        Assert.Equal(MessageRole.User, message.Role);
        Assert.Equal("hi", Assert.IsType<InputTextPart>(Assert.Single(message.Content)).Text);
        Assert.Equal("""{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}""", Write(item));
    }

    [Fact]
    public void UnknownRole_IsKept()
    {
        var message = Assert.IsType<MessageItem>(Read("""{"content":[],"role":"critic","type":"message"}"""));

        Assert.Equal("critic", message.Role.Value);
        Assert.False(message.Role.IsKnown);
        Assert.Contains("\"role\":\"critic\"", Write(message), StringComparison.Ordinal);
    }

    [Fact]
    public void TypeIsWrittenOnce_AndNotDuplicatedIntoAdditionalProperties()
    {
        var item = Read("""{"id":"msg_1","role":"assistant","content":[],"type":"message"}""");

        Assert.Null(item.AdditionalProperties);
        var json = Write(item);
        Assert.Equal(json.IndexOf("\"type\"", StringComparison.Ordinal), json.LastIndexOf("\"type\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"role":"user","content":"hi"}""")]
    [InlineData("""{"type":"message","role":"user","content":"hi"}""")]
    [InlineData("""{"content":"hi","role":"user"}""")]
    public void StringContent_ReadsAsOneInputTextPart_AndIsWrittenBackAsAString(string json)
    {
        var message = Assert.IsType<MessageItem>(Read(json));

        Assert.Equal(MessageRole.User, message.Role);
        Assert.True(message.IsContentText);
        Assert.Equal("hi", Assert.IsType<InputTextPart>(Assert.Single(message.Content)).Text);
        Assert.Equal("""{"type":"message","role":"user","content":"hi"}""", Write(message));
    }

    [Fact]
    public void StringContent_OfAnAssistant_IsWrittenBackAsAString()
    {
        var message = Assert.IsType<MessageItem>(Read("""{"type":"message","role":"assistant","content":"earlier answer"}"""));

        Assert.Equal("""{"type":"message","role":"assistant","content":"earlier answer"}""", Write(message));
    }

    [Fact]
    public void StringContent_EditedIntoSeveralParts_IsWrittenAsAList()
    {
        var message = Assert.IsType<MessageItem>(Read("""{"role":"user","content":"hi"}"""));

        message.Content.Add(new InputImagePart { ImageUrl = "https://x/y.png" });

        Assert.Equal(
            """{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"},{"type":"input_image","image_url":"https://x/y.png"}]}""",
            Write(message));
    }

    [Fact]
    public void ListContent_WithOneTextPart_StaysAList()
    {
        var json = """{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}""";

        var message = Assert.IsType<MessageItem>(Read(json));

        Assert.False(message.IsContentText);
        Assert.Equal(json, Write(message));
    }

    [Fact]
    public void NullContent_ReadsAsNoParts()
    {
        var message = Assert.IsType<MessageItem>(Read("""{"type":"message","role":"user","content":null}"""));

        Assert.Empty(message.Content);
        Assert.False(message.IsContentText);
    }

    [Fact]
    public void StringContent_InAnInputItemsPage_Reads()
    {
        var json = """{"object":"list","data":[{"id":"msg_1","type":"message","role":"user","status":"completed","content":"one"}],"first_id":"msg_1","last_id":"msg_1","has_more":false}""";

        var list = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseItemList)!;

        var message = Assert.IsType<MessageItem>(Assert.Single(list.Data));
        Assert.Equal("one", Assert.IsType<InputTextPart>(Assert.Single(message.Content)).Text);
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(list, ResponsesJsonContext.Default.ResponseItemList));
    }
}
