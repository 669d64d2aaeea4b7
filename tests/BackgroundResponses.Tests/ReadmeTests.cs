using BackgroundResponses.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMockResponse = WireMock.ResponseBuilders.Response;

namespace BackgroundResponses.Tests;

/// <summary>Keeps README.md's examples compiled and working: each one is a region of this file, run against a fake server.</summary>
public class ReadmeTests : IDisposable
{
    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public void ReadmeQuickExample_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "ReadmeTests.cs");
        var readme = RepositoryFiles.Read("README.md");

        Assert.Equal(RepositoryFiles.Snippet(source, "readme-quick-example"), RepositoryFiles.MarkdownSnippet(readme, "readme-quick-example"));
    }

    [Fact]
    public async Task ReadmeQuickExample_RunsToCompletion()
    {
        _api.Stub("POST", "/v1/responses", 200, """{"id":"resp_readme","object":"response","created_at":1741290958,"status":"queued","background":true,"output":[]}""");
        _api.Server.Given(Request.Create().WithPath("/v1/responses/resp_readme").UsingGet())
            .InScenario("readme").WillSetStateTo("done")
            .RespondWith(WireMockResponse.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"resp_readme","object":"response","created_at":1741290958,"status":"in_progress","background":true,"output":[]}"""));
        _api.Server.Given(Request.Create().WithPath("/v1/responses/resp_readme").UsingGet())
            .InScenario("readme").WhenStateIs("done")
            .RespondWith(WireMockResponse.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"resp_readme","object":"response","created_at":1741290958,"status":"completed","background":true,"output":[{"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"Otters, in space.","annotations":[]}]}]}"""));
        var output = new StringWriter();
        var original = Console.Out;

        Response final;
        Console.SetOut(output);
        try
        {
            final = await QuickExampleAsync(FakeApi.ApiKey, _api.V1);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Contains("completed: Otters, in space.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, _api.Requests.Count);
    }

    private static async Task<Response> QuickExampleAsync(string apiKey, Uri baseAddress)
    {
        // The README shows the client built from options with the key only; the test also points it at the fake server.
        using var testClient = new ResponsesClient(new ResponsesClientOptions { ApiKey = apiKey, BaseAddress = baseAddress });
        var client = testClient;
        {
            // begin-snippet: readme-quick-example
            Response response = await client.CreateAsync(new CreateResponseRequest
            {
                Model = "gpt-5.5",
                Input = "Write a very long novel about otters in space.",
            });

            while (response.Status is { IsPending: true })
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                response = await client.RetrieveAsync(response.Id);
            }

            Console.WriteLine($"{response.Status}: {response.OutputText}");
            // end-snippet
            return response;
        }
    }
}
