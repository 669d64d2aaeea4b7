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
}
