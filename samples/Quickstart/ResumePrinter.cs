using Microsoft.Extensions.Logging;

namespace Quickstart;

/// <summary>
/// A logger provider that shows the SDK's stream resumes in the tour. The resume is transparent (the loop that reads
/// the events never sees it), so the SDK's own Information logs are the honest place to watch it from.
/// </summary>
internal sealed class ResumePrinter(LiveConsole console) : ILoggerProvider, ILogger
{
    private const string ClientCategory = "BackgroundResponses.ResponsesClient";
    private object? _lostAfter;

    /// <summary>How many resumes completed (a <c>StreamResumed</c> log each).</summary>
    public int Resumes { get; private set; }

    public ILogger CreateLogger(string categoryName) =>
        categoryName == ClientCategory ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        // Structured fields, not the message text: names are part of the SDK's logging contract, wording is not.
        if (state is not IReadOnlyList<KeyValuePair<string, object?>> fields)
        {
            return;
        }

        switch (eventId.Name)
        {
            case "StreamResuming":
                _lostAfter = Field(fields, "LastSequenceNumber");
                break;
            case "StreamResumed":
                Resumes++;
                var resumedAt = Field(fields, "SequenceNumber");
                var gapless = _lostAfter is int last && resumedAt is int first && first == last + 1;
                console.Line($"⚡ connection lost after event {_lostAfter} — resumed at event {resumedAt}"
                    + (gapless ? ", nothing lost" : ", NOT contiguous")
                    + $" ({Field(fields, "Attempts")} attempt(s), {Field(fields, "DuplicatesDropped")} repeated event(s) dropped)");
                break;
            case "StreamPollingFallback":
                console.Line($"⚡ the server would not resume the stream ({Field(fields, "Reason")}); the SDK finishes by polling");
                break;
            case "StreamGaveUp":
                console.Line($"✗ the SDK gave up resuming the stream: {exception?.Message}");
                break;
        }
    }

    public void Dispose()
    {
    }

    private static object? Field(IReadOnlyList<KeyValuePair<string, object?>> fields, string name)
    {
        foreach (var field in fields)
        {
            if (field.Key == name)
            {
                return field.Value;
            }
        }

        return null;
    }
}
