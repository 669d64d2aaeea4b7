using System.Text;
using System.Text.Json;
using BackgroundResponses;
using BackgroundResponses.AotSmoke;
using Microsoft.Extensions.AI;

// Runs the SDK's JSON and streaming paths in a Native AOT binary: a reflection-based serializer call anywhere on
// them would fail here at run time even if the analyzers missed it.
var sse = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "background-stream.sse"));
var handler = new RecordedStreamHandler(sse);
var client = new ResponsesClient(new HttpClient(handler), new ResponsesClientOptions { ApiKey = "sk-aot", BaseAddress = new Uri("http://127.0.0.1:4010/v1/") });

var events = 0;
ResponseStreamEvent? last = null;
await foreach (var e in client.StreamAsync("resp_01466b9ec36d1ae70069845b099c74819685e67ac5309dd138"))
{
    events++;
    last = e;
}

var final = Require(last as ResponseCompletedEvent, "the stream ends with response.completed").Response;
Check(events == 336, $"336 events decoded (got {events})");
Check(final.OutputText.Length > 100, "the final response carries its text");

// The public JSON entry point users store and replay models with must be AOT-safe too.
var restored = ResponsesJson.DeserializeModelResponse(ResponsesJson.Serialize(final));
Check(restored.OutputText == final.OutputText, "ResponsesJson round-trips a response");
var replayed = ResponsesJson.DeserializeResponseStreamEvent(ResponsesJson.Serialize(last!));
Check(replayed is ResponseCompletedEvent { SequenceNumber: 335 }, "ResponsesJson round-trips a stream event");

var token = ResponseResumeToken.Parse(last!.ResumeToken!.ToString());
Check(token.LastSequenceNumber == 335, "the resume token round-trips");

var created = await client.CreateAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "hi", Reasoning = new ResponseReasoningOptions { Effort = BackgroundResponses.ReasoningEffort.Low } });
Check(created.Status == ResponseStatus.Queued, "a create round-trips its request and response JSON");
Check(handler.LastRequestBody.Contains("\"background\":true", StringComparison.Ordinal), "the create says background: true");

// BackgroundResponses.Extensions.AI: the IChatClient's stream mapping and request mapping (tools, calls, results, reasoning).
IChatClient chat = client.AsIChatClient("gpt-5.5");
var chatText = new StringBuilder();
var resume = ResponseContinuationToken.FromBytes(Encoding.UTF8.GetBytes("""{"responseId":"resp_01466b9ec36d1ae70069845b099c74819685e67ac5309dd138"}"""));
await foreach (var update in chat.GetStreamingResponseAsync([], new ChatOptions { ContinuationToken = resume }))
{
    chatText.Append(update.Text);
}

Check(chatText.ToString() == final.OutputText, "the IChatClient streams the whole text");
using var schema = JsonDocument.Parse("""{"type":"object","properties":{"orderId":{"type":"string"}}}""");
var queued = await chat.GetResponseAsync(
    [
        new ChatMessage(ChatRole.User, [new TextContent("Where is my order?"), new DataContent(new byte[] { 1, 2 }, "image/png")]),
        new ChatMessage(ChatRole.Assistant, [new TextReasoningContent("Look it up.") { ProtectedData = "enc" }, new FunctionCallContent("call_1", "get_order_status", new Dictionary<string, object?> { ["orderId"] = "A-1", ["count"] = 2 })]),
        new ChatMessage(ChatRole.Tool, [new FunctionResultContent("call_1", "shipped")]),
    ],
    new ChatOptions
    {
        AllowBackgroundResponses = true,
        Tools = [AIFunctionFactory.CreateDeclaration("get_order_status", "Where an order is.", schema.RootElement), new HostedWebSearchTool()],
        ResponseFormat = ChatResponseFormat.Json,
        Reasoning = new ReasoningOptions { Effort = Microsoft.Extensions.AI.ReasoningEffort.Low },
    });
Check(queued.ContinuationToken is not null, "a background chat response returns a continuation token");
using var sent = JsonDocument.Parse(handler.LastRequestBody);
var sentCall = sent.RootElement.GetProperty("input").EnumerateArray().Single(item => item.GetProperty("type").GetString() == "function_call");
Check(sentCall.GetProperty("arguments").GetString() == """{"orderId":"A-1","count":2}""", "function call arguments are written as JSON");
Check(handler.LastRequestBody.Contains("\"function_call_output\"", StringComparison.Ordinal), "function results are sent");

Console.WriteLine($"AOT smoke test passed: {events} events, {final.OutputText.Length} characters of text, token {token}; IChatClient streamed and mapped.");
return 0;

static T Require<T>(T? value, string what)
    where T : class => value ?? throw new InvalidOperationException("AOT smoke test failed: " + what);

static void Check(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException("AOT smoke test failed: " + what);
    }
}
