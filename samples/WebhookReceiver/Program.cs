using System.Text;
using BackgroundResponses;
using WebhookReceiver;

// Exits 0 when the completed response arrived through its webhook, 1 when something misbehaved or took too long, 2 for bad usage.
Console.OutputEncoding = Encoding.UTF8;
const string Usage = "usage: dotnet run --project samples/WebhookReceiver [-- --port N] [--prompt TEXT] [--timeout SECONDS]";
var offline = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
var liveSecret = Environment.GetEnvironmentVariable("OPENAI_WEBHOOK_SECRET");
if (!offline && string.IsNullOrEmpty(liveSecret))
{
    await Console.Error.WriteLineAsync("OPENAI_API_KEY is set but OPENAI_WEBHOOK_SECRET is not: create a webhook endpoint in the OpenAI dashboard and set its signing secret (see samples/WebhookReceiver/README.md), or unset OPENAI_API_KEY to run offline.");
    return 2;
}

ReceiverSettings settings;
try
{
    settings = ReceiverSettings.FromArgs(args, offline);
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
    return await WebhookDemo.RunAsync(settings, offline ? null : liveSecret, Console.Out, timeout.Token);
}
catch (OperationCanceledException) when (timeout.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync($"✗ No completion webhook within {settings.Timeout.TotalSeconds:0} s (or Ctrl+C). Online, check that OpenAI can reach the endpoint's public URL and that the secret matches.");
    return 1;
}
catch (Exception ex) when (ex is ResponsesException or IOException or InvalidOperationException)
{
    await Console.Error.WriteLineAsync($"✗ {ex.GetType().Name}: {ex.Message}");
    return 1;
}
