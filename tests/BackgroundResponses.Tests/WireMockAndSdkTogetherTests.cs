using System.Text.Json;
using BackgroundResponses;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

// Deliberately outside the BackgroundResponses namespace: this is how a user's test project sees the SDK, with
// `using BackgroundResponses;` next to WireMock's usings. WireMock's `Response` and the SDK's `ModelResponse` must both
// be usable here without an alias; a public type named `Response` in the SDK would make every `Response.Create()` ambiguous.
namespace ConsumerApp.Tests;

public sealed class WireMockAndSdkTogetherTests : IDisposable
{
    private const string ApiKey = "sk-test-wiremock-interop";

    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Stop();

    [Fact]
    public async Task RetrieveAsync_ReadsTheRecordedResponseWireMockServes()
    {
        var recorded = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "recorded", "background-stream.retrieve-completed.json"));
        using var document = JsonDocument.Parse(recorded);
        var id = document.RootElement.GetProperty("id").GetString()!;
        _server.Given(Request.Create().WithPath($"/v1/responses/{id}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(recorded));

        ModelResponse response = await CreateClient().RetrieveAsync(id);

        Assert.Equal(id, response.Id);
        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Equal(342, response.Usage!.TotalTokens);
        Assert.StartsWith("Of course! Here’s a gentle bedtime story", response.OutputText, StringComparison.Ordinal);
        var request = Assert.Single(_server.LogEntries).RequestMessage!;
        Assert.Equal("Bearer " + ApiKey, request.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task PollUntilTerminalAsync_FollowsModelResponsesAWireMockScenarioReplays()
    {
        // A test that replays stored models: ModelResponse objects written as the API's JSON by ResponsesJson.
        var inProgress = new ModelResponse
        {
            Id = "resp_wiremock",
            Object = "response",
            CreatedAt = DateTimeOffset.FromUnixTimeSeconds(1770281737),
            Status = ResponseStatus.InProgress,
            Background = true,
        };
        var completed = ResponsesJson.DeserializeModelResponse(ResponsesJson.Serialize(inProgress));
        completed.Status = ResponseStatus.Completed;
        completed.Output.Add(new MessageItem { Id = "msg_1", Role = MessageRole.Assistant, Status = "completed", Content = { new OutputTextPart { Text = "Otters, replayed." } } });

        var path = "/v1/responses/" + inProgress.Id;
        _server.Given(Request.Create().WithPath(path).UsingGet())
            .InScenario("poll").WillSetStateTo("done")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("openai-poll-after-ms", "0")
                .WithBody(ResponsesJson.Serialize(inProgress)));
        _server.Given(Request.Create().WithPath(path).UsingGet())
            .InScenario("poll").WhenStateIs("done")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(ResponsesJson.Serialize(completed)));

        ModelResponse final = await CreateClient().PollUntilTerminalAsync(inProgress.Id, new PollingOptions { MaxWait = TimeSpan.FromSeconds(30) });

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal("Otters, replayed.", final.OutputText);
        Assert.Equal(inProgress.CreatedAt, final.CreatedAt);
        Assert.Equal(2, _server.LogEntries.Count());
    }

    private ResponsesClient CreateClient() =>
        new(new ResponsesClientOptions { ApiKey = ApiKey, BaseAddress = new Uri(_server.Url + "/v1/"), Retry = { MaxRetryAttempts = 0 } });
}
