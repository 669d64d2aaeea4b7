using BackgroundResponses;
using BackgroundResponses.Testing;

namespace DeepResearch;

/// <summary>
/// The whole sample, minus the console: one or two starts of a research session on one token file, the report, and the
/// checks that make the sample fail loudly (exit code 1) when a run was created twice or an event was lost or repeated.
/// </summary>
public static class ResearchDemo
{
    /// <summary>Exit code after Ctrl+C: the run goes on at the server and the token file stays for the next start.</summary>
    public const int Interrupted = 130;

    /// <summary>Runs the sample.</summary>
    /// <param name="client">The client, pointed at OpenAI or at <paramref name="fake"/>.</param>
    /// <param name="settings">The question, model, token file and demo interruption.</param>
    /// <param name="output">Where the run and the report are shown.</param>
    /// <param name="fake">The in-process fake when offline; its request log proves that only one run was created.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>0 when everything behaved, 1 with the reasons printed otherwise, <see cref="Interrupted"/> after Ctrl+C.</returns>
    public static async Task<int> RunAsync(ResponsesClient client, ResearchSettings settings, TextWriter output, FakeResponsesServer? fake, CancellationToken cancellationToken)
    {
        var tokens = new TokenStore(settings.TokenFile);
        var ledger = new EventLedger();
        var seeded = fake is not null && Seed(fake, tokens, settings, output);
        var session = new ResearchSession(client, settings, tokens, new ProgressPrinter(output), ledger, output);
        await output.WriteLineAsync($"Question: {settings.Question}");
        SessionResult result;
        var restarted = false;
        try
        {
            // A token left by an earlier process already makes this start a restart: no staged interruption on top.
            result = await session.RunAsync(seeded ? null : settings.InterruptAfter, cancellationToken);
            if (result.Interrupted)
            {
                restarted = true;
                var saved = tokens.Load();
                await output.WriteLineAsync($"-- Interrupted after {result.Events} events, as Ctrl+C would: the run goes on at the server and {tokens.Path} keeps run {saved?.ResponseId} after event {saved?.LastSequenceNumber}. Starting again:");
                result = await session.RunAsync(stopAfter: null, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await output.WriteLineAsync(fake is null
                ? $"-- Stopped. Only this program's stream was closed: the background run goes on at OpenAI (and is billed). Run again to resume it from {tokens.Path}."
                : $"-- Stopped. {tokens.Path} keeps the run; the fake server ended with this process, so the next offline start seeds a new fake with that run id and resumes it.");
            return Interrupted;
        }

        var final = result.Final!;
        ReportWriter.Write(final, output);
        var problems = Check(final, result, ledger, tokens, fake, seeded, restarted);
        foreach (var problem in problems)
        {
            await output.WriteLineAsync($"✗ {problem}");
        }

        if (problems.Count > 0)
        {
            return 1;
        }

        await output.WriteLineAsync($"✓ Run {final.Id} {final.Status}: {ledger.Count} events seen once each and in order, {(seeded ? "no" : "one")} create, token file deleted.");
        return 0;
    }

    /// <summary>
    /// Offline, a token file left by an earlier start names a run that died with that process's fake. Seeding this fake with
    /// the same id (and the same request) lets the saved token resume, as it would against the real service.
    /// </summary>
    private static bool Seed(FakeResponsesServer fake, TokenStore tokens, ResearchSettings settings, TextWriter output)
    {
        if (tokens.Load() is not { } saved || fake.GetResponse(saved.ResponseId) is not null)
        {
            return false;
        }

        fake.SeedResponse(saved.ResponseId, settings.CreateRequest());
        output.WriteLine($"Offline: {tokens.Path} is from an earlier start whose fake server ended with it; this fake is seeded with run {saved.ResponseId} so the token resumes it.");
        return true;
    }

    private static List<string> Check(ModelResponse final, SessionResult last, EventLedger ledger, TokenStore tokens, FakeResponsesServer? fake, bool seeded, bool restarted)
    {
        var problems = new List<string>(ledger.Problems);
        if (final.Status != ResponseStatus.Completed)
        {
            problems.Add($"the run ended {final.Status}{(final.Error is { } error ? $": {error.Message}" : string.Empty)}");
        }

        if (File.Exists(tokens.Path))
        {
            problems.Add($"{tokens.Path} was not deleted");
        }

        var citations = final.GetCitations();
        if (citations.Count == 0 || citations.Any(c => c.CitedText.Length == 0))
        {
            problems.Add($"the report has {citations.Count} citations, some without a cited span");
        }

        if (fake is null)
        {
            return problems;
        }

        // The fake logs every request: the proof that resuming never paid for a second run.
        var creates = fake.Requests.Count(r => r.Method == "POST" && r.Path == "/v1/responses");
        if (creates != (seeded ? 0 : 1))
        {
            problems.Add($"{creates} runs were created, expected {(seeded ? 0 : 1)}");
        }

        if ((restarted || seeded) && last.ResumedFrom is { } token
            && !fake.Requests.Any(r => r.Method == "GET" && r.Path == $"/v1/responses/{token.ResponseId}" && r.Query.Contains($"starting_after={token.LastSequenceNumber}", StringComparison.Ordinal)))
        {
            problems.Add($"no stream resumed after event {token.LastSequenceNumber}");
        }

        if ((restarted || seeded) && last.ResumedFrom is null)
        {
            problems.Add("the second start did not resume from the token file");
        }

        return problems;
    }
}
