using System.Globalization;

namespace WebhookReceiver;

/// <summary>What to ask and where to listen: the command line and the environment, read once.</summary>
public sealed record ReceiverSettings
{
    /// <summary>The endpoint's path: the URL given to OpenAI ends with it.</summary>
    public const string WebhookPath = "/webhooks/openai";

    /// <summary>The model when <c>OPENAI_MODEL</c> (or, on Azure, <c>AZURE_OPENAI_DEPLOYMENT</c>) is not set.</summary>
    public const string DefaultModel = "gpt-4.1-mini";

    /// <summary>The port online, where a tunnel needs a fixed one to forward to.</summary>
    public const int DefaultOnlinePort = 8080;

    /// <summary>Gets the port Kestrel listens on at 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Gets the prompt of the background response.</summary>
    public string Prompt { get; init; } = "Write a haiku about an otter waiting for a webhook.";

    /// <summary>Gets the model.</summary>
    public string Model { get; init; } = DefaultModel;

    /// <summary>Gets how long to wait for the whole run, webhook included, before giving up with a non-zero exit.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Reads <c>--port N</c>, <c>--prompt TEXT</c> and <c>--timeout SECONDS</c>; the model is the caller's to set.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="offline">Whether the run is offline: any free port and a short timeout, rather than a fixed port and ten minutes.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException">An argument is unknown, lacks its value, or is not a number where one is needed.</exception>
    public static ReceiverSettings FromArgs(IReadOnlyList<string> args, bool offline)
    {
        var settings = offline
            ? new ReceiverSettings()
            : new ReceiverSettings
            {
                Port = DefaultOnlinePort,
                Timeout = TimeSpan.FromMinutes(10),
            };
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.", nameof(args));
            settings = args[i] switch
            {
                "--port" => settings with { Port = ParseNumber(args[i], value, 0, 65535) },
                "--prompt" => settings with { Prompt = value },
                "--timeout" => settings with { Timeout = TimeSpan.FromSeconds(ParseNumber(args[i], value, 1, 86400)) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'.", nameof(args)),
            };
            i++;
        }

        return settings;
    }

    private static int ParseNumber(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} takes a whole number from {min} to {max}; got '{value}'.", nameof(value));
}
