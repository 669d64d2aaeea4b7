using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// Over loopback, a Kestrel app writes one event, flushes, and waits until the SDK has yielded it before
/// writing the next. If the SDK buffered (waited for more bytes before yielding), the lockstep would stall and
/// the run would time out; the gap between the server's write and the client's yield is the delivery latency.
/// </summary>
internal static class DeliveryRun
{
    public static async Task<DeliveryResult> RunAsync(int events)
    {
        var written = new long[events];
        var yielded = new long[events];
        var gate = new SemaphoreSlim(0);
        var frames = new byte[events][];
        for (var i = 0; i < events; i++)
        {
            var type = i == 0 ? "response.created" : i == events - 1 ? "response.completed" : "response.output_text.delta";
            var data = i == 0 || i == events - 1
                ? $$"""{"type":"{{type}}","response":{"id":"{{StreamData.ResponseId}}","object":"response","created_at":1770281737,"status":"{{(i == 0 ? "queued" : "completed")}}","background":true,"model":"o4-mini","output":[]},"sequence_number":{{i}}}"""
                : $$"""{"type":"{{type}}","content_index":0,"delta":" token","item_id":"msg_1","logprobs":[],"obfuscation":"abcdefghij","output_index":0,"sequence_number":{{i}}}""";
            frames[i] = Encoding.UTF8.GetBytes($"event: {type}\ndata: {data}\n\n");
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapGet("/v1/responses/{id}", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/event-stream";
            for (var i = 0; i < events; i++)
            {
                written[i] = Stopwatch.GetTimestamp();
                await context.Response.Body.WriteAsync(frames[i], context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                if (!await gate.WaitAsync(TimeSpan.FromSeconds(5), context.RequestAborted))
                {
                    throw new TimeoutException($"The client did not yield event {i} within 5 s of its write: it is buffering.");
                }
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var http = new HttpClient();
        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = "sk-bench", BaseAddress = new Uri(address + "/v1/") });
        var count = 0;
        await foreach (var item in client.StreamAsync(StreamData.ResponseId))
        {
            yielded[item.SequenceNumber ?? throw new InvalidOperationException("Every event of the benchmark stream has a sequence number.")] = Stopwatch.GetTimestamp();
            count++;
            gate.Release();
        }

        await app.StopAsync();
        if (count != events)
        {
            throw new InvalidOperationException($"Expected {events} events, got {count}.");
        }

        // The first event also pays for connection setup and JIT; leave it out.
        var latencies = new double[events - 1];
        for (var i = 1; i < events; i++)
        {
            latencies[i - 1] = Stopwatch.GetElapsedTime(written[i], yielded[i]).TotalMicroseconds;
        }

        Array.Sort(latencies);
        return new DeliveryResult(events, latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.99)], latencies[^1]);
    }
}
