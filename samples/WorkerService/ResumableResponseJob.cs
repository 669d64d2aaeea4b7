using System.Text;
using BackgroundResponses;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WorkerService;

/// <summary>
/// Runs one long background response to its end, across process restarts: while it streams, the resume token of the
/// last event is kept in <see cref="ResponseJobOptions.TokenFile"/>; when that file exists at start, the job continues
/// the response it names instead of creating (and paying for) a new one. The file is deleted once the response is done.
/// </summary>
public sealed class ResumableResponseJob(ResponsesClient client, IOptions<ResponseJobOptions> options, ILogger<ResumableResponseJob> logger)
{
    private readonly ResponseJobOptions _options = options.Value;

    /// <summary>Streams the response (new or resumed) until it ends.</summary>
    /// <param name="cancellationToken">Stops the job here; the server-side response goes on and the token stays for the next run.</param>
    /// <returns>The final response.</returns>
    public async Task<ModelResponse> RunAsync(CancellationToken cancellationToken)
    {
        var accumulator = new ResponseStreamAccumulator();
        await foreach (var e in OpenStreamAsync(cancellationToken).WithCancellation(cancellationToken))
        {
            accumulator.Apply(e);
            if (e.ResumeToken is { } token)
            {
                await SaveTokenAsync(token, cancellationToken);
            }
        }

        var final = accumulator.ToResponse()
            ?? throw new InvalidOperationException("The stream ended without the final response.");
        File.Delete(_options.TokenFile);
        logger.LogInformation("Response {ResponseId} ended {Status} ({Characters} characters); token file deleted.", final.Id, final.Status, final.OutputText.Length);
        return final;
    }

    private async IAsyncEnumerable<ResponseStreamEvent> OpenStreamAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var saved = await LoadTokenAsync(cancellationToken);
        if (saved is not null && await ExistsAsync(saved.ResponseId, cancellationToken))
        {
            logger.LogInformation("Resuming response {ResponseId} after event {SequenceNumber} from {TokenFile}.", saved.ResponseId, saved.LastSequenceNumber, _options.TokenFile);
            await foreach (var e in client.StreamAsync(saved, cancellationToken))
            {
                yield return e;
            }

            yield break;
        }

        logger.LogInformation("Starting a new background response with {Model}.", _options.Model);
        var request = new CreateResponseRequest { Model = _options.Model, Input = _options.Prompt };
        await foreach (var e in client.CreateStreamingAsync(request, cancellationToken))
        {
            yield return e;
        }
    }

    /// <summary>
    /// Whether the saved response still exists. A 404 means it was deleted (or belongs to another server, like a previous
    /// run's in-process fake): no job is left to resume, so starting a new one duplicates nothing.
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
            logger.LogWarning("Response {ResponseId} from {TokenFile} no longer exists; starting a new one.", responseId, _options.TokenFile);
            File.Delete(_options.TokenFile);
            return false;
        }
    }

    private async Task<ResponseResumeToken?> LoadTokenAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_options.TokenFile))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(_options.TokenFile, cancellationToken);
        if (ResponseResumeToken.TryParse(text.Trim(), out var token))
        {
            return token;
        }

        // Not ours or damaged: refusing to start is safer than silently starting a second paid job.
        throw new InvalidOperationException($"{_options.TokenFile} does not hold a resume token; delete it to start a new response.");
    }

    /// <summary>Writes the token to a temporary file and moves it into place, so a crash mid-write never leaves half a token.</summary>
    private async Task SaveTokenAsync(ResponseResumeToken token, CancellationToken cancellationToken)
    {
        var temporary = _options.TokenFile + ".tmp";
        await File.WriteAllTextAsync(temporary, token.ToString(), Encoding.UTF8, cancellationToken);
        File.Move(temporary, _options.TokenFile, overwrite: true);
    }
}
