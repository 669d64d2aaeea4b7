using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// <c>--serve</c>: the fake Responses API of the stream scale run, in its own process so that its sockets, buffers
/// and threads are not counted as the client's. Every <c>GET /v1/responses/{id}?stream=true</c> is held open: the
/// server writes <c>response.created</c> (or, after <c>starting_after=N</c>, event N+1) at once, then one
/// <c>response.output_text.delta</c> every interval, until <c>POST /control/finish/{run}</c> for the id's run
/// (<c>resp_{run}_{n}</c>), after which the next tick sends <c>response.completed</c> and ends the body.
/// </summary>
/// <remarks>
/// Prints <c>listening http://127.0.0.1:port</c> (HTTP/1.1) and then <c>listening-h2 http://127.0.0.1:port</c> (HTTP/2
/// only: cleartext with prior knowledge, the only way Kestrel speaks HTTP/2 without TLS) on stdout, and stops when stdin closes. <c>GET /control/written/{run}</c>
/// answers how many events it wrote for a run, so the client can check that every one of them was delivered.
/// </remarks>
internal static class StreamScaleServer
{
    private static readonly ConcurrentDictionary<string, RunState> Runs = new(StringComparer.Ordinal);

    public static async Task<int> RunAsync(TimeSpan interval)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();

        // 10,000 clients connect in bursts; the default backlog (512) would refuse some of them.
        builder.WebHost.UseSockets(options => options.Backlog = 4096);
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.Limits.MaxConcurrentConnections = null;
            options.Limits.MinResponseDataRate = null;

            // HTTP/2: up to 100 streams per connection (Kestrel's default, and what HttpClient then fills before it
            // opens another connection).
            options.Limits.Http2.MaxStreamsPerConnection = 100;
            options.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
            options.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        await using var app = builder.Build();
        app.MapGet("/v1/responses/{id}", (HttpContext context, string id) => ServeAsync(context, id, interval));
        app.MapPost("/control/finish/{run}", (string run) =>
        {
            Run(run).Finish.TrySetResult();
            return Results.Ok();
        });
        app.MapGet("/control/written/{run}", (string run) => Results.Text(Run(run).Written.ToString(CultureInfo.InvariantCulture)));
        await app.StartAsync();
        // Kestrel reports its endpoints in the order they were configured: HTTP/1.1 first.
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToArray();
        Console.WriteLine("listening " + addresses[0]);
        Console.WriteLine("listening-h2 " + addresses[1]);

        // The parent ends the server by closing its stdin (or by killing it).
        while (await Console.In.ReadLineAsync() is not null)
        {
        }

        await app.StopAsync();
        return 0;
    }

    private static RunState Run(string run) => Runs.GetOrAdd(run, static _ => new RunState());

    private static async Task ServeAsync(HttpContext context, string id, TimeSpan interval)
    {
        var parts = id.Split('_');
        if (parts.Length != 3 || context.Request.Query["stream"] != "true")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var run = Run(parts[1]);
        var sequence = int.TryParse(context.Request.Query["starting_after"], NumberStyles.None, CultureInfo.InvariantCulture, out var after) ? after + 1 : 0;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var body = context.Response.Body;
        var aborted = context.RequestAborted;
        try
        {
            while (true)
            {
                var finished = run.Finish.Task.IsCompleted && sequence > 0;
                await body.WriteAsync(Frame(id, sequence, finished), aborted);
                await body.FlushAsync(aborted);
                Interlocked.Increment(ref run.Written);
                if (finished)
                {
                    return;
                }

                sequence++;
                await Task.Delay(interval, aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away (a finished warm-up, or the run was stopped).
        }
    }

    private static byte[] Frame(string id, int sequence, bool terminal)
    {
        var type = terminal ? "response.completed" : sequence == 0 ? "response.created" : "response.output_text.delta";
        var data = terminal || sequence == 0
            ? $$"""{"type":"{{type}}","response":{"id":"{{id}}","object":"response","created_at":1770281737,"status":"{{(terminal ? "completed" : "queued")}}","background":true,"model":"o4-mini","output":[]},"sequence_number":{{sequence}}}"""
            : $$"""{"type":"{{type}}","content_index":0,"delta":" token","item_id":"msg_1","logprobs":[],"obfuscation":"abcdefghij","output_index":0,"sequence_number":{{sequence}}}""";
        return Encoding.UTF8.GetBytes($"event: {type}\ndata: {data}\n\n");
    }

    private sealed class RunState
    {
        public readonly TaskCompletionSource Finish = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public long Written;
    }
}
