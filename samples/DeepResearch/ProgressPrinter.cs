using BackgroundResponses;

namespace DeepResearch;

/// <summary>Shows a research run as it happens: status changes, reasoning summaries, searches, pages read.</summary>
public sealed class ProgressPrinter(TextWriter output)
{
    /// <summary>Prints what one event means to a reader, if anything.</summary>
    /// <param name="streamEvent">The event.</param>
    public void Show(ResponseStreamEvent streamEvent)
    {
        switch (streamEvent)
        {
            case ResponsePolledEvent:
                Line("(the server would not stream this run again, so the SDK polled it to the end)");
                break;
            case ResponseCreatedEvent created:
                Line($"created:   {created.Response.Id}");
                break;
            case ResponseQueuedEvent or ResponseInProgressEvent:
                Line($"status:    {((ResponseLifecycleEvent)streamEvent).Response.Status}");
                break;
            case ResponseReasoningSummaryPartDoneEvent summary:
                Line("thinking:  " + OneLine(summary.Part.Text));
                break;

            // A web search item names its query or page only once it is done.
            case ResponseOutputItemDoneEvent { Item: WebSearchCallItem search }:
                foreach (var step in ResearchStep.From([search]))
                {
                    Line(Describe(step));
                }

                break;
            case ResponseOutputItemAddedEvent { Item: MessageItem }:
                Line("writing the report…");
                break;
        }
    }

    private static string Describe(ResearchStep step) => step.Kind switch
    {
        ResearchStepKind.Search => $"searching: {string.Join(" | ", step.Queries)}" + (step.Sources.Count > 0 ? $" ({step.Sources.Count} sources)" : string.Empty),
        ResearchStepKind.OpenPage => $"reading:   {step.Url}",
        ResearchStepKind.FindInPage => $"finding:   \"{step.Pattern}\" in {step.Url}",
        _ => $"web:       {step.Item.Type} ({step.Status})",
    };

    // Summaries are markdown ("**Title**\n\nText"); one line each keeps the log readable.
    private static string OneLine(string? markdown) =>
        string.Join(" - ", (markdown ?? string.Empty).Replace("**", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private void Line(string text) => output.WriteLine("  " + text);
}
