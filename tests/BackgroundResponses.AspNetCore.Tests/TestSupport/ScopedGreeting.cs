namespace BackgroundResponses.AspNetCore.Tests.TestSupport;

/// <summary>A scoped service, to show the handler gets the request's scope.</summary>
public sealed class ScopedGreeting
{
    public string Text { get; } = "hello from DI";
}
