using BackgroundResponses;

namespace DeepResearch;

/// <summary>
/// One start of the sample: it resumes the run its token file names, or creates one, and streams it, saving the resume
/// token of every event. Stopping it (Ctrl+C, or the demo's interruption) only closes the local stream: the background run
/// goes on at the server, and the next start picks it up from the file instead of paying for a new run.
/// </summary>
public sealed class ResearchSession(ResponsesClient client, ResearchSettings settings, TokenStore tokens, ProgressPrinter printer, EventLedger ledger, TextWriter output)
{
    /// <summary>Streams the run until it ends, or until <paramref name="stopAfter"/> events have arrived.</summary>
    /// <param name="stopAfter">How many events to take before stopping as an interruption would; <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Ctrl+C: stops reading, keeps the token file.</param>
    /// <returns>How the session ended.</returns>
    public async Task<SessionResult> RunAsync(int? stopAfter, CancellationToken cancellationToken)
    {
        var request = settings.CreateRequest();
        var saved = tokens.Load();
        if (saved is not null && !await ExistsAsync(saved.ResponseId, cancellationToken))
        {
            saved = null;
        }

        IAsyncEnumerable<ResponseStreamEvent> events;
        if (saved is null)
        {
            await output.WriteLineAsync($"Starting a new deep-research run with {settings.Model}; each event's resume token goes to {tokens.Path}.");
            events = client.CreateStreamingAsync(request, cancellationToken);
        }
        else
        {
            await output.WriteLineAsync($"Resuming run {saved.ResponseId} after event {saved.LastSequenceNumber} from {tokens.Path}: no new run, nothing paid twice.");
            if (ledger.Last is null)
            {
                ledger.StartAfter(saved.LastSequenceNumber);
            }

            // The resume asks for the same extras as the create did: the sources of each search.
            events = client.StreamAsync(saved, new ResponseRetrieveOptions { Include = request.Include }, cancellationToken);
        }

        var accumulator = new ResponseStreamAccumulator();
        var count = 0;
        await foreach (var e in events)
        {
            ledger.Record(e);
            accumulator.Apply(e);
            printer.Show(e);
            if (e.ResumeToken is { } token)
            {
                tokens.Save(token);
            }

            if (++count == stopAfter)
            {
                // Leaving the loop closes the connection, exactly what Ctrl+C or a crash would do to it.
                return new SessionResult(null, saved, count);
            }
        }

        var final = accumulator.ToResponse() ?? throw new InvalidOperationException("The stream ended without the final response.");
        tokens.Delete();
        return new SessionResult(final, saved, count);
    }

    /// <summary>
    /// Whether the saved run still exists. A 404 means it was deleted, or belongs to another server: nothing is left to resume,
    /// so a new run duplicates nothing.
    /// </summary>
    private async Task<bool> ExistsAsync(string responseId, CancellationToken cancellationToken)
    {
        try
        {
            await client.RetrieveAsync(responseId, cancellationToken);
            return true;
        }
        catch (ResponsesApiException ex) when (ex.Status == 404)
        {
            await output.WriteLineAsync($"Run {responseId} from {tokens.Path} no longer exists; starting a new one.");
            tokens.Delete();
            return false;
        }
    }
}
