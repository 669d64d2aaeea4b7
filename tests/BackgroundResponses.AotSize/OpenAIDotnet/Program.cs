using System.ClientModel;
using OpenAI;
using OpenAI.Responses;

// Creates one background response, streams it to the end and prints its text, on the official client: the same
// program as ../Ours/Program.cs. ../measure.sh publishes both with Native AOT and times them.
var started = DateTime.UtcNow;
var client = new OpenAIClient(
    new ApiKeyCredential(Environment.GetEnvironmentVariable("OPENAI_API_KEY") ?? "sk-aot-size"),
    new OpenAIClientOptions { Endpoint = new Uri(Environment.GetEnvironmentVariable("AOTSIZE_BASE_URL") ?? throw new InvalidOperationException("Set AOTSIZE_BASE_URL to a fake server (measure.sh starts one).")) })
    .GetResponsesClient();

var clientReady = DateTime.UtcNow;
DateTime? firstEvent = null;
var events = 0;
var request = new CreateResponseOptions("gpt-5.5", [ResponseItem.CreateUserMessageItem("Tell me a story about otters.")]) { BackgroundModeEnabled = true, StreamingEnabled = true };
await foreach (var update in await client.CreateResponseStreamingAsync(request))
{
    firstEvent ??= DateTime.UtcNow;
    events++;
    if (update is StreamingResponseOutputTextDeltaUpdate delta)
    {
        await Console.Out.WriteAsync(delta.Delta);
    }
}

await Console.Out.WriteLineAsync();
await Console.Error.WriteLineAsync(Timing.Report(started, clientReady, firstEvent, DateTime.UtcNow, events));
return events > 0 ? 0 : 1;
