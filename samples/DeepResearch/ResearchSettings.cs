using System.Globalization;
using BackgroundResponses;

namespace DeepResearch;

/// <summary>What to research and how: the command line, read once.</summary>
public sealed record ResearchSettings
{
    /// <summary>The model when <c>OPENAI_MODEL</c> (or, on Azure, <c>AZURE_OPENAI_DEPLOYMENT</c>) is not set.</summary>
    public const string DefaultModel = "o4-mini-deep-research";

    /// <summary>Where the demo stops its first session offline: inside the second web search, so the resume lands mid-search.</summary>
    public const int OfflineInterruptAfter = 32;

    /// <summary>Gets the research question.</summary>
    public string Question { get; init; } = "How do sea otters use tools, and why does it matter for kelp forests?";

    /// <summary>Gets the model.</summary>
    public string Model { get; init; } = DefaultModel;

    /// <summary>Gets the file that keeps the resume token of the last event received.</summary>
    public string TokenFile { get; init; } = "deep-research.token";

    /// <summary>
    /// Gets after how many events the first session stops, as Ctrl+C would, so that a second start in the same process
    /// resumes it; <see langword="null"/> runs straight through.
    /// </summary>
    public int? InterruptAfter { get; init; }

    /// <summary>Reads <c>--question TEXT</c>, <c>--token-file PATH</c> and <c>--interrupt-after N</c> (0: never).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="offline">Whether the run is offline, where the restart demo is on unless <c>--interrupt-after 0</c>.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException">An argument is unknown, lacks its value, or is not a number where one is needed.</exception>
    public static ResearchSettings FromArgs(IReadOnlyList<string> args, bool offline)
    {
        var settings = new ResearchSettings
        {
            InterruptAfter = offline ? OfflineInterruptAfter : null,
        };
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.", nameof(args));
            settings = args[i] switch
            {
                "--question" => settings with { Question = value },
                "--token-file" => settings with { TokenFile = value },
                "--interrupt-after" => settings with { InterruptAfter = ParseCount(value) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'.", nameof(args)),
            };
            i++;
        }

        return settings;
    }

    /// <summary>
    /// The deep-research request: background streaming (the client adds <c>background</c> and <c>stream</c>), the web search
    /// tool deep research requires, a reasoning summary to show while it works, and the sources of each search.
    /// </summary>
    /// <returns>A new request.</returns>
    public CreateResponseRequest CreateRequest() => new()
    {
        Model = Model,
        Input = Question,
        Tools = [WebSearchTool.Preview()],
        Reasoning = new ResponseReasoningOptions { Summary = ReasoningSummaryMode.Auto },
        Include = [ResponseIncludable.WebSearchCallActionSources],

        // Deep research bills every search: a cap keeps a sample run cheap.
        MaxToolCalls = 30,
    };

    private static int? ParseCount(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count == 0 ? null : count
            : throw new ArgumentException($"--interrupt-after needs a whole number of events, not '{value}'.", nameof(value));
}
