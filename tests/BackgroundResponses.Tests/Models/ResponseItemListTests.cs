using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public class ResponseItemListTests
{
    [Fact]
    public void SpecExample_ReadsThePage()
    {
        var json = TestFixtures.Read("spec", "ResponseItemList.json");

        var list = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseItemList)!;

        Assert.Equal("list", list.Object);
        Assert.Equal("msg_abc123", list.FirstId);
        Assert.Equal("msg_abc123", list.LastId);
        Assert.False(list.HasMore);
        var message = Assert.IsType<MessageItem>(Assert.Single(list.Data));
        Assert.Equal("msg_abc123", message.Id);
        Assert.Equal(MessageRole.User, message.Role);
        Assert.Equal(
            "Tell me a three sentence bedtime story about a unicorn.",
            Assert.IsType<InputTextPart>(Assert.Single(message.Content)).Text);
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(list, ResponsesJsonContext.Default.ResponseItemList));
    }

    [Fact]
    public void MixedItems_KeepTheirOrderAndKinds()
    {
        var json = """
            {"object":"list","has_more":true,"first_id":"a","last_id":"d","data":[
              {"type":"message","id":"a","role":"developer","content":[{"type":"input_text","text":"be brief"}]},
              {"type":"function_call_output","id":"b","call_id":"c1","output":"ok"},
              {"type":"computer_call_output","id":"c","call_id":"c2","output":{"type":"computer_screenshot"}},
              {"type":"message","id":"d","role":"user","content":[{"type":"input_image","image_url":"https://x/y.png","detail":"auto"},{"type":"input_file","file_id":"file_1","filename":"a.pdf"}]}]}
            """;

        var list = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseItemList)!;

        Assert.True(list.HasMore);
        Assert.Collection(
            list.Data,
            i => Assert.Equal(MessageRole.Developer, Assert.IsType<MessageItem>(i).Role),
            i => Assert.Equal("ok", Assert.IsType<FunctionCallOutputItem>(i).Output!.Text),
            i => Assert.Equal("computer_screenshot", Assert.IsType<ComputerCallOutputItem>(i).Output!.Type),
            i =>
            {
                var content = Assert.IsType<MessageItem>(i).Content;
                Assert.Equal("https://x/y.png", Assert.IsType<InputImagePart>(content[0]).ImageUrl);
                Assert.Equal("auto", ((InputImagePart)content[0]).Detail);
                Assert.Equal("file_1", Assert.IsType<InputFilePart>(content[1]).FileId);
                Assert.Equal("a.pdf", ((InputFilePart)content[1]).Filename);
            });
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(list, ResponsesJsonContext.Default.ResponseItemList));
    }
}
