namespace BackgroundResponses.AspNetCore.Tests.TestSupport;

/// <summary>Tests that set or depend on the absence of process environment variables run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "Process environment";
}
