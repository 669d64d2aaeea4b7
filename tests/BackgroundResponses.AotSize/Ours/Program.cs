using BackgroundResponses;

// Creates one background response, streams it to the end and prints its text: the smallest real use of the SDK.
// ../measure.sh publishes this with Native AOT next to the same program on openai-dotnet and times both.
var started = DateTime.UtcNow;
var client = new ResponsesClient(new ResponsesClientOptions
{
    ApiKey = Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "sk-aot-size",
    BaseAddress = new Uri(Environment.GetEnvironmentVariable("AOTSIZE_BASE_URL") ?? throw new InvalidOperationException("Set AOTSIZE_BASE_URL to a fake server (measure.sh starts one).")),
});

var clientReady = DateTime.UtcNow;
DateTime? firstEvent = null;
var events = 0;
await foreach (var e in client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Tell me a story about otters." }))
{
    firstEvent ??= DateTime.UtcNow;
    events++;
    if (e is ResponseTextDeltaEvent delta)
    {
        await Console.Out.WriteAsync(delta.Delta);
    }
}

await Console.Out.WriteLineAsync();
await Console.Error.WriteLineAsync(Timing.Report(started, clientReady, firstEvent, DateTime.UtcNow, events));
return events > 0 ? 0 : 1;
