using System.Collections.Concurrent;
using System.Net;
using BackgroundResponses.AspNetCore.Tests.TestSupport;
using BackgroundResponses.Testing;
using BackgroundResponses.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackgroundResponses.AspNetCore.Tests;

/// <summary>Keeps docs/webhooks.md's webhook endpoint example compiled and working, end to end against the fake Responses API.</summary>
public class ReadmeWebhookEndpointTests
{
    [Fact]
    public void ReadmeWebhookEndpointExample_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.AspNetCore.Tests", "ReadmeWebhookEndpointTests.cs");
        var readme = RepositoryFiles.ReadDocs("webhooks.md");

        Assert.Equal(RepositoryFiles.Snippet(source, "readme-webhook-endpoint"), RepositoryFiles.MarkdownSnippet(readme, "readme-webhook-endpoint"));
    }

    [Fact]
    public async Task ReadmeWebhookEndpointExample_StoresTheCompletedResponse()
    {
        await using var api = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.Zero });
        var created = await api.CreateClient().CreateAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Write the report." });
        ModelResponse done = await api.CreateClient().PollUntilTerminalAsync(created.Id);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = FakeResponsesServer.DefaultClientApiKey,
            ["OpenAI:BaseAddress"] = api.BaseAddress.ToString(),
            ["OpenAI:Webhooks:Secret"] = WebhookSigner.Secret,
        });
        builder.Services.AddSingleton<ReportStore>();

        // begin-snippet: readme-webhook-endpoint
        builder.Services.AddResponsesClient(builder.Configuration.GetSection("OpenAI"));
        builder.Services.AddResponsesWebhooks(); // binds "OpenAI:Webhooks"; the secret may also come from OPENAI_WEBHOOK_SECRET

        var app = builder.Build();
        app.MapResponsesWebhooks("/webhooks/openai", async (webhookEvent, services, cancellationToken) =>
        {
            var reports = services.GetRequiredService<ReportStore>();
            switch (webhookEvent)
            {
                case ResponseCompletedWebhookEvent completed: // the event names the response; fetch it
                    var client = services.GetRequiredService<ResponsesClient>();
                    ModelResponse response = await client.RetrieveAsync(completed.ResponseId, cancellationToken);
                    await reports.SaveAsync(response.Id, response.OutputText, cancellationToken);
                    break;
                case ResponseWebhookEvent ended: // failed, cancelled or incomplete
                    await reports.MarkUnfinishedAsync(ended.ResponseId, ended.Type, cancellationToken);
                    break;
            }
        });
        // end-snippet

        await app.StartAsync();
        try
        {
            using var http = app.GetTestClient();
            api.ClearRequests();
            var body = WebhookSigner.CompletedEvent(eventId: "evt_readme", responseId: done.Id);
            using var delivered = await http.SendAsync(WebhookSigner.Request("/webhooks/openai", "wh_readme", DateTimeOffset.UtcNow, body));
            using var redelivered = await http.SendAsync(WebhookSigner.Request("/webhooks/openai", "wh_readme", DateTimeOffset.UtcNow, body));

            Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
            Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
            var reports = app.Services.GetRequiredService<ReportStore>();
            Assert.Equal(done.OutputText, Assert.Single(reports.Saved).Text);
            Assert.Single(api.Requests, r => r.Method == "GET" && r.Path == $"/v1/responses/{done.Id}"); // the redelivery did not fetch again
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>The application's own store in the example.</summary>
    public sealed class ReportStore
    {
        public ConcurrentQueue<(string ResponseId, string Text)> Saved { get; } = new();

        public ConcurrentQueue<(string ResponseId, string Type)> Unfinished { get; } = new();

        public Task SaveAsync(string responseId, string text, CancellationToken cancellationToken)
        {
            Saved.Enqueue((responseId, text));
            return Task.CompletedTask;
        }

        public Task MarkUnfinishedAsync(string responseId, string type, CancellationToken cancellationToken)
        {
            Unfinished.Enqueue((responseId, type));
            return Task.CompletedTask;
        }
    }
}
