using System.Text;
using System.Text.Json;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BackgroundResponses.Extensions.AI.Tests.Middleware;

/// <summary>
/// <c>UseLogging</c> at Trace level over our client (whose own SDK logs go to the same collector): calls are logged, failures are
/// logged, and the API key appears nowhere, though at Trace the middleware serializes options, responses, updates and tokens.
/// </summary>
public class LoggingTests
{
    private const string Model = "gpt-5.5";

    /// <summary>Recognisable, so a leak in any form below is found.</summary>
    private const string ApiKey = "sk-mwtest-SECRET-4f9c2e7a1b";

    [Fact]
    public async Task GetResponse_WithBackgroundTokens_IsLoggedInvokedAndCompleted_WithTheTokenSerialized_AndNoApiKey()
    {
        await using var server = await StartAsync();
        using var logs = new Logs();
        var chat = logs.Chat(server);
        var options = new ChatOptions { AllowBackgroundResponses = true, Temperature = 0.5f };

        var response = await chat.GetResponseAsync("Tell me a story.", options);
        var tokens = new List<ResponseContinuationToken>();
        var calls = 1;
        while (response.ContinuationToken is { } token)
        {
            tokens.Add(token);
            await Task.Delay(20);
            response = await chat.GetResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = token });
            calls++;
            Assert.True(calls < 1000, "the response never finished");
        }

        var records = logs.Records();
        Assert.NotEmpty(tokens);
        var invoked = records.Where(r => r.Message.StartsWith("GetResponseAsync invoked: ", StringComparison.Ordinal)).ToList();
        var completed = records.Where(r => r.Message.StartsWith("GetResponseAsync completed: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(calls, invoked.Count);
        Assert.Equal(calls, completed.Count);
        Assert.All(invoked.Concat(completed), r => Assert.Equal(LogLevel.Trace, r.Level));
        Assert.Contains("Tell me a story.", invoked[0].Message, StringComparison.Ordinal);

        // At Trace the middleware writes out what passes through: the answer, and each token as base64 of its bytes, in options
        // (when polled) and in responses (when handed out). So the key check below looks at everything that could hold it.
        Assert.Contains("a small otter named Pebble", response.Text, StringComparison.Ordinal);
        Assert.Contains("a small otter named Pebble", completed[^1].Message, StringComparison.Ordinal);
        foreach (var token in tokens)
        {
            var base64 = Convert.ToBase64String(token.ToBytes().Span);
            Assert.Contains(invoked, r => r.Message.Contains(base64, StringComparison.Ordinal));
            Assert.Contains(completed, r => r.Message.Contains(base64, StringComparison.Ordinal));
        }

        logs.AssertNoApiKey();

        // And directly: the options, the response and the tokens, serialized as the middleware does, hold no key.
        var serialized = string.Join(
            "\n",
            JsonSerializer.Serialize(new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = tokens[0] }, AIJsonUtilities.DefaultOptions),
            JsonSerializer.Serialize(response, AIJsonUtilities.DefaultOptions),
            string.Join("\n", tokens.Select(t => Encoding.UTF8.GetString(t.ToBytes().Span))));
        Assert.Contains(Convert.ToBase64String(tokens[0].ToBytes().Span), serialized, StringComparison.Ordinal);
        Assert.Contains(response.ResponseId!, serialized, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey["sk-".Length..], serialized, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheToolLoop_LogsTheInvocationWithItsArguments_AndNoApiKey()
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            ApiKey = ApiKey,
            EventDelay = TimeSpan.FromMilliseconds(2),
            DeltaLength = 8,
            Script = request => request.Input?.Items?.OfType<FunctionCallOutputItem>().FirstOrDefault() is { } result
                ? new FakeResponseScript().Message($"Order A-1001: {result.Output?.Text}.")
                : new FakeResponseScript().FunctionCall("get_order_status", """{"orderId":"A-1001"}"""),
        });
        using var logs = new Logs();
        var chat = logs.Chat(server, configure: builder => builder.UseFunctionInvocation(logs.Factory));
        var tool = AIFunctionFactory.Create((string orderId) => "shipped on Monday", "get_order_status");

        var response = await chat.GetResponseAsync("Where is order A-1001?", new ChatOptions { Tools = [tool] });

        Assert.Equal("Order A-1001: shipped on Monday.", response.Text);
        var records = logs.Records();
        var invoking = Assert.Single(records, r => r.Message.StartsWith("Invoking get_order_status(", StringComparison.Ordinal));
        Assert.Contains("A-1001", invoking.Message, StringComparison.Ordinal);
        Assert.Single(records, r => r.Message.StartsWith("get_order_status invocation completed.", StringComparison.Ordinal));
        Assert.Equal(2, records.Count(r => r.Message.StartsWith("GetResponseAsync invoked: ", StringComparison.Ordinal)));
        logs.AssertNoApiKey();
    }

    [Fact]
    public async Task StreamingThroughADrop_IsLoggedUpdateByUpdate_AndTheSdkLogsTheResume_WithNoApiKey()
    {
        await using var server = await StartAsync();
        server.Faults.DropNextStreamAfter(events: 8);
        using var logs = new Logs();
        var chat = logs.Chat(server);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync("Tell me a story.", new ChatOptions { AllowBackgroundResponses = true }))
        {
            updates.Add(update);
        }

        var records = logs.Records();
        Assert.Single(records, r => r.Message.StartsWith("GetStreamingResponseAsync invoked: ", StringComparison.Ordinal));
        Assert.Single(records, r => r.Message.StartsWith("GetStreamingResponseAsync completed", StringComparison.Ordinal));
        Assert.Equal(updates.Count, records.Count(r => r.Message.StartsWith("GetStreamingResponseAsync received update: ", StringComparison.Ordinal)));

        // The SDK itself logged the resume (its category, not the middleware's).
        Assert.Contains(records, r => r.Category?.StartsWith("BackgroundResponses", StringComparison.Ordinal) is true);

        logs.AssertNoApiKey();
    }

    [Fact]
    public async Task AFailedResponse_IsLoggedAsFailedWithItsException_AndNoApiKey()
    {
        await using var server = await StartAsync();
        server.Faults.FailNextResponse(afterTextDeltas: 3);
        using var logs = new Logs();
        var chat = logs.Chat(server);

        var ex = await Assert.ThrowsAsync<ResponseFailedException>(() => chat.GetResponseAsync("Tell me a story."));

        var failed = Assert.Single(logs.Records(), r => r.Message == "GetResponseAsync failed.");
        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.Same(ex, failed.Exception);
        logs.AssertNoApiKey();
    }

    [Fact]
    public async Task AStreamOfAFailedResponse_IsLoggedAsFailedWithItsException_AndNoApiKey()
    {
        await using var server = await StartAsync();
        server.Faults.FailNextResponse(afterTextDeltas: 3);
        using var logs = new Logs();
        var chat = logs.Chat(server);

        var ex = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync("Tell me a story."))
            {
                Assert.NotNull(update);
            }
        });

        var failed = Assert.Single(logs.Records(), r => r.Message == "GetStreamingResponseAsync failed.");
        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.Same(ex, failed.Exception);
        Assert.IsType<ResponseFailedException>(ex);
        logs.AssertNoApiKey();
    }

    [Fact]
    public async Task AWrongApiKey_IsLoggedAsFailed_AndTheKeyAppearsNeitherInLogsNorInTheException()
    {
        await using var server = await StartAsync();
        using var logs = new Logs();

        // The server wants ApiKey; this client presents another recognisable key, which must not leak either.
        const string wrongKey = "sk-mwtest-WRONG-9d8c7b6a5e";
        var chat = logs.Chat(server, wrongKey);

        var ex = await Assert.ThrowsAnyAsync<ResponsesException>(() => chat.GetResponseAsync("Tell me a story."));

        var failed = Assert.Single(logs.Records(), r => r.Message == "GetResponseAsync failed.");
        Assert.Equal(LogLevel.Error, failed.Level);
        Assert.Same(ex, failed.Exception);
        Assert.DoesNotContain(wrongKey, ex.ToString(), StringComparison.Ordinal);
        logs.AssertNoApiKey(wrongKey);
        Assert.Contains(server.Requests, r => r.Method == "POST");
    }

    private static Task<FakeResponsesServer> StartAsync() => FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
    {
        ApiKey = ApiKey,
        EventDelay = TimeSpan.FromMilliseconds(2),
        DeltaLength = 16,
        QueuedDuration = TimeSpan.FromMilliseconds(200),
    });

    /// <summary>One collector at Trace for the middleware and the SDK under it.</summary>
    private sealed class Logs : IDisposable
    {
        private readonly FakeLogCollector _collector = new();
        private readonly ILoggerFactory _factory;
        private readonly List<HttpClient> _httpClients = [];

        public Logs()
        {
            _factory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_collector)));
        }

        public ILoggerFactory Factory => _factory;

        /// <summary>Our client with the SDK logging here, under UseLogging, with whatever <paramref name="configure"/> adds above it.</summary>
        public IChatClient Chat(FakeResponsesServer server, string apiKey = ApiKey, Action<ChatClientBuilder>? configure = null)
        {
            var http = new HttpClient();
            _httpClients.Add(http);
            var client = new ResponsesClient(
                http,
                new ResponsesClientOptions { ApiKey = apiKey, BaseAddress = server.BaseAddress, Retry = { MaxRetryAttempts = 0 } },
                _factory);
            var builder = client.AsIChatClient(Model).AsBuilder();
            configure?.Invoke(builder);
            return builder.UseLogging(_factory).Build();
        }

        public IReadOnlyList<FakeLogRecord> Records() => _collector.GetSnapshot();

        /// <summary>Fails if a key, or its base64, is in any message, exception, state value or scope of any record.</summary>
        public void AssertNoApiKey(string key = ApiKey)
        {
            var records = Records();
            Assert.NotEmpty(records);
            var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(key));
            foreach (var record in records)
            {
                var texts = new List<string?> { record.Message, record.Exception?.ToString(), record.ToString() };
                texts.AddRange(record.StructuredState?.Select(kv => kv.Value) ?? []);
                texts.AddRange(record.Scopes.Select(s => s?.ToString()));
                foreach (var text in texts.OfType<string>())
                {
                    Assert.DoesNotContain(key, text, StringComparison.Ordinal);
                    Assert.DoesNotContain(key["sk-".Length..], text, StringComparison.Ordinal);
                    Assert.DoesNotContain(base64, text, StringComparison.Ordinal);
                }
            }
        }

        public void Dispose()
        {
            _factory.Dispose();
            _httpClients.ForEach(h => h.Dispose());
        }
    }
}
