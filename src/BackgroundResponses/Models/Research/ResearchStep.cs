namespace BackgroundResponses;

/// <summary>
/// One step a research run took, read off its output items: a web search, a page opened or searched, a file search,
/// code run, or an MCP tool called, with what it looked for and where.
/// </summary>
public sealed class ResearchStep
{
    private static readonly IReadOnlyList<string> NoQueries = Array.Empty<string>();
    private static readonly IReadOnlyList<WebSearchSource> NoSources = Array.Empty<WebSearchSource>();

    private ResearchStep(ResearchStepKind kind, ResponseItem item, ResponseItemStatus? status)
    {
        Kind = kind;
        Item = item;
        Status = status;
    }

    /// <summary>Gets what the step did.</summary>
    public ResearchStepKind Kind { get; }

    /// <summary>Gets the output item the step was read from, for anything this class does not lift out.</summary>
    public ResponseItem Item { get; }

    /// <summary>Gets the item's status as sent, for example <c>completed</c> or <c>failed</c>.</summary>
    public ResponseItemStatus? Status { get; }

    /// <summary>
    /// Gets what was searched for: a web search's <c>queries</c> (or its deprecated single <c>query</c> when it sent no
    /// list), or a file search's <c>queries</c>. Empty for other steps.
    /// </summary>
    public IReadOnlyList<string> Queries { get; private init; } = NoQueries;

    /// <summary>Gets the page opened or searched, for <see cref="ResearchStepKind.OpenPage"/> and <see cref="ResearchStepKind.FindInPage"/>.</summary>
    public string? Url { get; private init; }

    /// <summary>Gets the text searched for in the page, for <see cref="ResearchStepKind.FindInPage"/>.</summary>
    public string? Pattern { get; private init; }

    /// <summary>
    /// Gets the sources a web search used; sent only when the request includes <c>web_search_call.action.sources</c>
    /// (<see cref="ResponseIncludable"/>), empty otherwise and for other steps.
    /// </summary>
    public IReadOnlyList<WebSearchSource> Sources { get; private init; } = NoSources;

    /// <summary>Lists the research steps in <paramref name="items"/>, in output order.</summary>
    /// <param name="items">The output items, for example <see cref="ModelResponse.Output"/>.</param>
    /// <returns>
    /// One step per <c>web_search_call</c>, <c>file_search_call</c>, <c>code_interpreter_call</c> and <c>mcp_call</c>;
    /// messages, reasoning and the caller's own function calls are not research steps and are passed over.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> contains <see langword="null"/>.</exception>
    public static IReadOnlyList<ResearchStep> From(IEnumerable<ResponseItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var steps = new List<ResearchStep>();
        foreach (var item in items)
        {
            var step = item switch
            {
                null => throw new ArgumentException("The items contain null; pass the output items of a response.", nameof(items)),
                WebSearchCallItem webSearch => FromWebSearch(webSearch),
                FileSearchCallItem fileSearch => new ResearchStep(ResearchStepKind.FileSearch, fileSearch, fileSearch.Status) { Queries = fileSearch.Queries.ToArray() },
                CodeInterpreterCallItem code => new ResearchStep(ResearchStepKind.CodeInterpreter, code, code.Status),
                McpCallItem mcp => new ResearchStep(ResearchStepKind.McpCall, mcp, mcp.Status),
                _ => null,
            };
            if (step is not null)
            {
                steps.Add(step);
            }
        }

        return steps;
    }

    private static ResearchStep FromWebSearch(WebSearchCallItem call) => call.Action switch
    {
        WebSearchSearchAction search => new ResearchStep(ResearchStepKind.Search, call, call.Status)
        {
            Queries = search.Queries is { Count: > 0 } queries ? queries.ToArray() : search.Query is { } query ? [query] : NoQueries,
            Sources = search.Sources is { } sources ? sources.ToArray() : NoSources,
        },
        WebSearchOpenPageAction open => new ResearchStep(ResearchStepKind.OpenPage, call, call.Status) { Url = open.Url },
        WebSearchFindInPageAction find => new ResearchStep(ResearchStepKind.FindInPage, call, call.Status) { Url = find.Url, Pattern = find.Pattern },
        _ => new ResearchStep(ResearchStepKind.Other, call, call.Status),
    };
}
