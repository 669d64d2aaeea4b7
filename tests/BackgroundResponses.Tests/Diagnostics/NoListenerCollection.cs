namespace BackgroundResponses.Tests.Diagnostics;

/// <summary>Tests that need the SDK's ActivitySource without listeners, run after the parallel ones and alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NoListenerCollection
{
    public const string Name = "No activity listeners";
}
