namespace WorkerService;

/// <summary>What the worker asks for and where it keeps its place (configuration section <c>Worker</c>).</summary>
public sealed class ResponseJobOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Worker";

    /// <summary>Where the resume token of the running job is kept; it exists only while a job is unfinished.</summary>
    public string TokenFile { get; set; } = "response.token";

    public string Model { get; set; } = "gpt-4.1-mini";

    public string Prompt { get; set; } = "Write a long, detailed report on the history of lighthouses.";
}
