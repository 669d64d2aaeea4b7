using System.Text;
using BackgroundResponses;
using BackgroundResponses.Samples;
using WebhookReceiver;

// Exits 0 when the completed response arrived through its webhook, 1 when something misbehaved or took too long, 2 for bad usage.
// Online with AZURE_OPENAI_ENDPOINT (+ AZURE_OPENAI_API_KEY, or keyless; AZURE_OPENAI_DEPLOYMENT) or OPENAI_API_KEY, and then
// OPENAI_WEBHOOK_SECRET (the endpoint's signing secret) too; offline otherwise.
Console.OutputEncoding = Encoding.UTF8;
const string Usage = "usage: dotnet run --project samples/WebhookReceiver [-- --port N] [--prompt TEXT] [--timeout SECONDS]";
SampleApi api;
try
{
    api = SampleApi.FromEnvironment(ReceiverSettings.DefaultModel);
}
catch (InvalidOperationException ex)
{
    await Console.Error.WriteLineAsync($"✗ {ex.Message}");
    return 2;
}

var offline = !api.IsOnline;
var liveSecret = Environment.GetEnvironmentVariable("OPENAI_WEBHOOK_SECRET");
if (!offline && string.IsNullOrEmpty(liveSecret))
{
    await Console.Error.WriteLineAsync(api.IsAzure
        ? $"{SampleApi.AzureEndpointVariable} is set but OPENAI_WEBHOOK_SECRET is not: register a webhook endpoint with your Azure OpenAI resource and set its signing secret (see samples/WebhookReceiver/README.md), or unset {SampleApi.AzureEndpointVariable} to run offline."
        : "OPENAI_API_KEY is set but OPENAI_WEBHOOK_SECRET is not: create a webhook endpoint in the OpenAI dashboard and set its signing secret (see samples/WebhookReceiver/README.md), or unset OPENAI_API_KEY to run offline.");
    return 2;
}

ReceiverSettings settings;
try
{
    settings = ReceiverSettings.FromArgs(args, offline) with { Model = api.Model };
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync($"{ex.Message}\n{Usage}");
    return 2;
}

// A bound on the whole run, so a webhook that never comes fails it instead of hanging it.
using var timeout = new CancellationTokenSource(settings.Timeout);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    timeout.Cancel();
};

try
{
    if (!offline)
    {
        Console.WriteLine(api.Description);
    }

    return await WebhookDemo.RunAsync(settings, offline ? null : liveSecret, offline ? null : api.CreateOptions("webhook-receiver-sample"), Console.Out, timeout.Token);
}
catch (OperationCanceledException) when (timeout.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync($"✗ No completion webhook within {settings.Timeout.TotalSeconds:0} s (or Ctrl+C). Online, check that the service can reach the endpoint's public URL, sends it response events, and that the secret matches.");
    return 1;
}
catch (Exception ex) when (ex is ResponsesException or IOException or InvalidOperationException)
{
    await api.ReportFailureAsync($"{ex.GetType().Name}: {ex.Message}", ex);

    return 1;
}
