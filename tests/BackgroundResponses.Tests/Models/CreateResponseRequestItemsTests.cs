using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public class CreateResponseRequestItemsTests
{
    [Fact]
    public void ItemInput_WritesTypedItemsExactly()
    {
        var request = new CreateResponseRequest
        {
            Model = "gpt-5.5",
            Input = new ResponseItem[]
            {
                MessageItem.CreateDeveloperMessage("Answer briefly."),
                MessageItem.CreateUserMessage("What is 6 x 7?"),
                new FunctionCallItem { CallId = "call_1", Name = "multiply", Arguments = """{"a":6,"b":7}""" },
                new FunctionCallOutputItem { CallId = "call_1", Output = "42" },
                new ItemReference { Id = "msg_previous" },
            },
        };

        var json = JsonSerializer.Serialize(request, ResponsesJsonContext.Default.CreateResponseRequest);

        JsonAssert.Equal(
            """
            {"model":"gpt-5.5","input":[
              {"type":"message","role":"developer","content":[{"type":"input_text","text":"Answer briefly."}]},
              {"type":"message","role":"user","content":[{"type":"input_text","text":"What is 6 x 7?"}]},
              {"type":"function_call","call_id":"call_1","name":"multiply","arguments":"{\"a\":6,\"b\":7}"},
              {"type":"function_call_output","call_id":"call_1","output":"42"},
              {"type":"item_reference","id":"msg_previous"}
            ]}
            """,
            json);
    }

    [Fact]
    public void RecordedRequest_ReadsAndWritesBackUnchanged()
    {
        var recorded = TestFixtures.Read("recorded", "background-stream.request.json");

        var request = JsonSerializer.Deserialize(recorded, ResponsesJsonContext.Default.CreateResponseRequest)!;

        var message = Assert.IsType<MessageItem>(Assert.Single(request.Input!.Items!));
        Assert.Equal(MessageRole.User, message.Role);
        Assert.Equal("Tell me a bedtime story.", Assert.IsType<InputTextPart>(Assert.Single(message.Content)).Text);
        // background and stream are not request properties: they survive only as unknown fields here.
        Assert.True(request.AdditionalProperties!.ContainsKey("background"));
        JsonAssert.Equal(recorded, JsonSerializer.Serialize(request, ResponsesJsonContext.Default.CreateResponseRequest));
    }

    [Fact]
    public void FunctionOutput_AsContentParts_RoundTrips()
    {
        var json = """{"type":"function_call_output","call_id":"call_9","output":[{"type":"input_text","text":"chart:"},{"type":"input_image","image_url":"https://example.test/c.png","detail":"auto"}]}""";

        var item = Assert.IsType<FunctionCallOutputItem>(JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseItem));

        Assert.Null(item.Output!.Text);
        Assert.Equal(2, item.Output.Parts!.Count);
        Assert.Equal("https://example.test/c.png", Assert.IsType<InputImagePart>(item.Output.Parts[1]).ImageUrl);
        JsonAssert.Equal(json, JsonSerializer.Serialize<ResponseItem>(item, ResponsesJsonContext.Default.ResponseItem));
    }

    [Fact]
    public void FunctionOutput_ConvertsFromString()
    {
        FunctionOutput output = "{\"ok\":true}";

        Assert.Equal("{\"ok\":true}", output.Text);
        Assert.Null(output.Parts);
        Assert.Equal("{\"ok\":true}", output.ToString());
    }
}
