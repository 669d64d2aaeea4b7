namespace WorkerService;

/// <summary>How the worker's response ended, for the process's exit code: a scheduler must see a failed job.</summary>
public sealed class ResponseJobOutcome
{
    /// <summary>Gets or sets a value indicating whether the job failed or its response ended other than completed.</summary>
    public bool Failed { get; set; }
}
