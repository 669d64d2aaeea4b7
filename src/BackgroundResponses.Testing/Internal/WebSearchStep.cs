namespace BackgroundResponses.Testing;

/// <summary>
/// A <c>web_search_call</c> item. <see cref="ActionType"/> is the wire type of its action (<c>search</c>, <c>open_page</c>,
/// <c>find_in_page</c>); the other fields are those that action type carries.
/// </summary>
internal sealed record WebSearchStep(string ActionType, string? Query, IReadOnlyList<string> Sources, string? Url, string? Pattern) : FakeScriptStep
{
    public const string Search = "search";
    public const string OpenPage = "open_page";
    public const string FindInPage = "find_in_page";
}
