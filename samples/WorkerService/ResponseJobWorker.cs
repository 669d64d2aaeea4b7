using BackgroundResponses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace WorkerService;

/// <summary>Runs <see cref="ResumableResponseJob"/> once, then stops the application when the response is done.</summary>
public sealed class ResponseJobWorker(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ResponseJobOutcome outcome, ILogger<ResponseJobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // ResponsesClient is a transient typed client: resolved per run rather than held by this singleton, so
        // IHttpClientFactory can rotate its handler.
        using var scope = scopes.CreateScope();
        var job = scope.ServiceProvider.GetRequiredService<ResumableResponseJob>();
        try
        {
            var final = await job.RunAsync(stoppingToken);
            if (final.Status != ResponseStatus.Completed)
            {
                logger.LogError("Response {ResponseId} ended {Status}: {Error}", final.Id, final.Status, final.Error?.Message ?? final.IncompleteDetails?.Reason?.ToString());
                outcome.Failed = true;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // A stop (deploy, Ctrl+C) mid-stream is the case this sample is about: the token file stays for the next start.
            logger.LogInformation("Stopped before the response ended; the next start resumes it.");
            return;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The response job failed.");
            outcome.Failed = true;
        }

        lifetime.StopApplication();
    }
}
