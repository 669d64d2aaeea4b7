using System.Text;
using BackgroundResponses;
using BackgroundResponses.AspNetCore;
using BackgroundResponses.Azure;
using BackgroundResponses.Extensions.AI;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

// Each package, used as an app would use it, from the packed .nupkg files. Exits non-zero on the first wrong answer.
await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(1), DeltaLength = 16 });
var client = server.CreateClient(options => options.Streaming.ResumeDelay = TimeSpan.FromMilliseconds(1));

// BackgroundResponses: create in background mode, then poll until done.
ModelResponse response = await client.CreateAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Write the report." });
response = await client.PollUntilTerminalAsync(response.Id);
Check(response.Status == ResponseStatus.Completed && response.OutputText.Length > 0, $"poll: {response.Status}");
Check(response.OutputText == server.GetResponse(response.Id)!.OutputText, "poll: the text differs from the server's");
Console.WriteLine($"create and poll: {response.Status}, {response.OutputText.Length} characters");

// A stream whose connection drops after 10 events: resumed with starting_after, every delta once.
server.Faults.DropNextStreamAfter(events: 10);
var text = new StringBuilder();
string? id = null;
await foreach (var e in client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Tell me a story." }))
{
    switch (e)
    {
        case ResponseTextDeltaEvent delta:
            text.Append(delta.Delta);
            break;
        case ResponseCompletedEvent completed:
            id = completed.Response.Id;
            break;
    }
}

Check(id is not null, "stream: no response.completed event");
Check(text.ToString() == server.GetResponse(id!)!.OutputText, "stream: the streamed text differs from the server's");
Check(server.Requests.Any(r => r.Query?.Contains("starting_after=", StringComparison.Ordinal) == true), "stream: no resume request");
Console.WriteLine($"stream through a drop: {text.Length} characters, resumed");

// BackgroundResponses.Extensions.AI: an IChatClient in background mode, polled through its continuation token.
IChatClient chat = client.AsIChatClient("gpt-5.5");
var chatOptions = new ChatOptions { AllowBackgroundResponses = true };
ChatResponse answer = await chat.GetResponseAsync("Write the report.", chatOptions);
while (answer.ContinuationToken is { } token)
{
    await Task.Delay(10);
    chatOptions.ContinuationToken = ResponseContinuationToken.FromBytes(token.ToBytes().ToArray());
    answer = await chat.GetResponseAsync([], chatOptions);
}

Check(answer.Text.Length > 0 && answer.Text == server.GetResponse(answer.ResponseId!)!.OutputText, "IChatClient: wrong text");
Console.WriteLine($"IChatClient: {answer.Text.Length} characters");

// BackgroundResponses.Azure: the v1 address of a resource.
var azure = AzureResponsesEndpoint.ForResource(new Uri("https://contoso.openai.azure.com/"));
Check(azure.ToString() == "https://contoso.openai.azure.com/openai/v1/", $"Azure: {azure}");
Console.WriteLine($"Azure endpoint: {azure}");

// BackgroundResponses.AspNetCore: the webhook endpoint's options, bound by the source generator.
var builder = WebApplication.CreateSlimBuilder();
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["OpenAI:Webhooks:Secret"] = FakeResponsesServer.CreateWebhookSecret() });
builder.Services.AddResponsesWebhooks();
await using (var app = builder.Build())
{
    app.MapResponsesWebhooks("/webhooks/openai", (webhookEvent, cancellationToken) => Task.CompletedTask);
    var webhookOptions = app.Services.GetRequiredService<IOptions<ResponsesWebhookOptions>>().Value;
    Check(!string.IsNullOrEmpty(webhookOptions.Secret), "AspNetCore: the secret was not bound");
}

Console.WriteLine("webhook endpoint: mapped, options bound");

// The Microsoft.Extensions.* the app runs with: on net8.0, the packages' own Microsoft.Extensions.* dependencies stay on
// the 8.0 line (their net8.0 builds ask for 8.0.x, and the shared framework has 8.0), so they force no 10.0 assembly
// onto a net8.0 app. Options is shown, not checked: Azure.Core, which BackgroundResponses.Azure depends on, asks for
// Microsoft.Extensions.*.Abstractions 10.0 (and so Options 10.0) on every target framework.
var onNet8 = Environment.Version.Major == 8;
Check(onNet8 == (AppContext.TargetFrameworkName?.EndsWith("v8.0", StringComparison.Ordinal) ?? false), $"runtime {Environment.Version} for {AppContext.TargetFrameworkName}");
foreach (var (type, check) in new (Type Type, bool Check)[]
{
    (typeof(IHttpClientFactory), true),
    (typeof(OptionsConfigurationServiceCollectionExtensions), true),
    (typeof(ConfigurationBinder), true),
    (typeof(IOptions<>), false),
})
{
    var assembly = type.Assembly.GetName();
    Console.WriteLine($"{assembly.Name}: {assembly.Version} on .NET {Environment.Version}{(check ? string.Empty : " (not checked)")}");
    Check(!check || assembly.Version!.Major == (onNet8 ? 8 : 10), $"{assembly.Name} {assembly.Version} on .NET {Environment.Version}");
}

Console.WriteLine("consumer: all checks passed");
return 0;

static void Check(bool condition, string message)
{
    if (!condition)
    {
        Console.Error.WriteLine("consumer check failed: " + message);
        Environment.Exit(1);
    }
}
