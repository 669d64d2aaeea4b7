namespace BackgroundResponses.Testing;

/// <summary>
/// The output a fake response produces, item by item: reasoning summaries, web searches, page visits, function calls and
/// messages with citations. The fake streams each item with the events the real service sends for it (<c>response.output_item.added</c>, the
/// item's own progress and delta events, <c>response.output_item.done</c>) and ends the run with <c>response.completed</c> holding
/// every item. Return one from <see cref="FakeResponsesServerOptions.Script"/>.
/// </summary>
/// <example>
/// <code>
/// options.Script = request => new FakeResponseScript()
///     .Reasoning("**Planning**\n\nI will look for a primary source.")
///     .WebSearch("otter tool use", "https://otters.example/tools")
///     .OpenPage("https://otters.example/tools")
///     .Message(m => m.Text("Otters use stones ").Cite("([otters.example](https://otters.example/tools))", "https://otters.example/tools", "Otter tools").Text("."));
/// </code>
/// </example>
public sealed class FakeResponseScript
{
    private const string ToolUseUrl = "https://otter-research.example/studies/tool-use";
    private const string ToolUseTitle = "Tool use in wild sea otters: a field study";
    private const string EncyclopediaUrl = "https://marine-mammals.example/sea-otter";
    private const string EncyclopediaTitle = "Sea otter - Marine Mammals Encyclopedia";
    private const string NotesUrl = "https://ocean-notes.example/otters-and-rocks";
    private const string KelpUrl = "https://kelp-forests.example/keystone-species";
    private const string KelpTitle = "Keystone species of the kelp forest";

    private const string PlainReasoningSummary =
        "**Planning the reply**\n\nThe user wants an answer that echoes their words, so I will quote them and then tell the otter story.";

    private readonly List<FakeScriptStep> _steps = [];

    /// <summary>Gets the number of output items the script produces.</summary>
    public int Count => _steps.Count;

    internal IReadOnlyList<FakeScriptStep> Steps => _steps;

    /// <summary>
    /// A realistic deep-research run: a reasoning summary, a web search with its sources, opening a page and finding in it, more
    /// reasoning, a second search and page, then a short report quoting the question whose claims carry <c>url_citation</c>
    /// annotations over markdown links, as the service writes them. Deterministic, and the default for requests with a web search
    /// tool or a <c>deep-research</c> model.
    /// </summary>
    /// <param name="request">The create request; its input is quoted in the report.</param>
    /// <returns>A new script.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public static FakeResponseScript DeepResearch(CreateResponseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var question = InputText.Of(request);
        return new FakeResponseScript()
            .Reasoning(
                $"**Planning the research**\n\nThe question is \"{question}\". I will look for a field study and a reference work, read them, and check the claims before I write.")
            .WebSearch("sea otter tool use rocks study", ToolUseUrl, EncyclopediaUrl, NotesUrl)
            .OpenPage(ToolUseUrl)
            .FindInPage(ToolUseUrl, "anvil")
            .Reasoning(
                "**Checking the ecology**\n\nThe study covers tool use. For the otters' role in the kelp forest I need a second source.",
                "**Cross-checking**\n\nThe encyclopedia entry agrees with the study on the skin pouch.")
            .WebSearch("sea otter keystone species kelp forest urchins", KelpUrl, EncyclopediaUrl)
            .OpenPage(KelpUrl)
            .Reasoning("**Writing the report**\n\nBoth sources agree, so I will summarise tool use first, then the ecological role, and cite each claim.")
            .Message(m => m
                .Text($"## Research report\n\nQuestion: {question}\n\nSea otters are among the few marine mammals that use tools: floating on their backs, they crack clams and snails open on a stone held on the chest ")
                .Cite($"([otter-research.example]({ToolUseUrl}))", ToolUseUrl, ToolUseTitle)
                .Text(". Many keep a favourite stone for weeks, tucked into a loose pouch of skin under the foreleg ")
                .Cite($"([marine-mammals.example]({EncyclopediaUrl}))", EncyclopediaUrl, EncyclopediaTitle)
                .Text(".\n\nBy eating sea urchins, otters stop them from grazing kelp forests bare, which is why ecologists call them a keystone species ")
                .Cite($"([kelp-forests.example]({KelpUrl}))", KelpUrl, KelpTitle)
                .Text(".\n\nIn short: the stones are real tools, and the otters that use them hold a whole ecosystem together."));
    }

    /// <summary>
    /// Adds a reasoning item whose summary has the given parts (each streamed as its own summary part). When the request
    /// includes <c>reasoning.encrypted_content</c>, the finished item carries an opaque <c>encrypted_content</c>, as on the service.
    /// </summary>
    /// <param name="summaryParts">The summary texts; at least one, none empty.</param>
    /// <returns>This script, for chaining.</returns>
    /// <exception cref="ArgumentException">No part is given, or a part is null or empty.</exception>
    public FakeResponseScript Reasoning(params string[] summaryParts)
    {
        ArgumentNullException.ThrowIfNull(summaryParts);
        if (summaryParts.Length == 0)
        {
            throw new ArgumentException("A reasoning item needs at least one summary part.", nameof(summaryParts));
        }

        foreach (var part in summaryParts)
        {
            if (string.IsNullOrEmpty(part))
            {
                throw new ArgumentException("A summary part must not be null or empty.", nameof(summaryParts));
            }
        }

        _steps.Add(new ReasoningStep([.. summaryParts]));
        return this;
    }

    /// <summary>
    /// Adds a <c>web_search_call</c> with a <c>search</c> action. The sources appear on the finished item only when the request
    /// includes <c>web_search_call.action.sources</c>, as on the real service.
    /// </summary>
    /// <param name="query">The search query.</param>
    /// <param name="sourceUrls">The URLs of the sources the search found.</param>
    /// <returns>This script, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="query"/> or a URL is null or empty.</exception>
    public FakeResponseScript WebSearch(string query, params string[] sourceUrls)
    {
        ArgumentException.ThrowIfNullOrEmpty(query);
        ArgumentNullException.ThrowIfNull(sourceUrls);
        foreach (var url in sourceUrls)
        {
            if (string.IsNullOrEmpty(url))
            {
                throw new ArgumentException("A source URL must not be null or empty.", nameof(sourceUrls));
            }
        }

        _steps.Add(new WebSearchStep(WebSearchStep.Search, query, [.. sourceUrls], null, null));
        return this;
    }

    /// <summary>Adds a <c>web_search_call</c> with an <c>open_page</c> action.</summary>
    /// <param name="url">The URL opened.</param>
    /// <returns>This script, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="url"/> is null or empty.</exception>
    public FakeResponseScript OpenPage(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        _steps.Add(new WebSearchStep(WebSearchStep.OpenPage, null, [], url, null));
        return this;
    }

    /// <summary>Adds a <c>web_search_call</c> with a <c>find_in_page</c> action.</summary>
    /// <param name="url">The URL of the page searched.</param>
    /// <param name="pattern">The text searched for.</param>
    /// <returns>This script, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="url"/> or <paramref name="pattern"/> is null or empty.</exception>
    public FakeResponseScript FindInPage(string url, string pattern)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        _steps.Add(new WebSearchStep(WebSearchStep.FindInPage, null, [], url, pattern));
        return this;
    }

    /// <summary>Adds an assistant message with plain text.</summary>
    /// <param name="text">The text, streamed in <see cref="FakeResponsesServerOptions.DeltaLength"/>-character deltas.</param>
    /// <returns>This script, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null or empty.</exception>
    public FakeResponseScript Message(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        _steps.Add(new MessageStep(text, []));
        return this;
    }

    /// <summary>Adds an assistant message composed piece by piece, with citations over chosen pieces.</summary>
    /// <param name="compose">Appends the pieces.</param>
    /// <returns>This script, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compose"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The composed message is empty.</exception>
    public FakeResponseScript Message(Action<FakeMessageBuilder> compose)
    {
        ArgumentNullException.ThrowIfNull(compose);
        var builder = new FakeMessageBuilder();
        compose(builder);
        var message = builder.Build();
        if (message.Text.Length == 0)
        {
            throw new ArgumentException("The composed message is empty.", nameof(compose));
        }

        _steps.Add(message);
        return this;
    }

    /// <summary>
    /// Adds a <c>function_call</c> item: the model calls a function tool of the request and waits for its result. It streams as
    /// <c>response.output_item.added</c> (status <c>in_progress</c>, empty arguments), <c>response.function_call_arguments.delta</c>
    /// events in <see cref="FakeResponsesServerOptions.DeltaLength"/>-character pieces, <c>response.function_call_arguments.done</c> and
    /// <c>response.output_item.done</c>; a run whose output ends with calls completes with status <c>completed</c>, as on the real
    /// service. The follow-up request answers it with a <see cref="FunctionCallOutputItem"/> carrying the same call id; the fake rejects
    /// (HTTP 400) an output whose call id is neither in that request's input nor in the chain of its <c>previous_response_id</c>.
    /// </summary>
    /// <param name="name">The function name.</param>
    /// <param name="argumentsJson">The arguments as the model writes them: a JSON object as a string, sent unchanged (not validated).</param>
    /// <param name="callId">The <c>call_id</c>; <see langword="null"/> (the default) makes a new <c>call_…</c> id for every response that plays the script.</param>
    /// <returns>This script, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="argumentsJson"/> is null or empty, or <paramref name="callId"/> is empty.</exception>
    public FakeResponseScript FunctionCall(string name, string argumentsJson, string? callId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(argumentsJson);
        if (callId is { Length: 0 })
        {
            throw new ArgumentException("A call id must not be empty; pass null to have one made.", nameof(callId));
        }

        _steps.Add(new FunctionCallStep(name, argumentsJson, callId));
        return this;
    }

    /// <summary>The script a request gets: the options' own, else deep research for web-search requests, else the plain text reply.</summary>
    internal static IReadOnlyList<FakeScriptStep> For(CreateResponseRequest request, FakeResponsesServerOptions options)
    {
        if (options.Script?.Invoke(request) is { } scripted)
        {
            return [.. scripted._steps];
        }

        if (IsResearchRequest(request))
        {
            return DeepResearch(request)._steps;
        }

        var text = new FakeResponseScript();
        if (options.IncludeReasoning || request.Reasoning?.Summary is not null)
        {
            text.Reasoning(PlainReasoningSummary);
        }

        // An empty reply still gets its (empty) message, as a model that says nothing does.
        text._steps.Add(new MessageStep((options.OutputText ?? FakeResponsesServerOptions.DefaultOutputText)(request), []));
        return text._steps;
    }

    private static bool IsResearchRequest(CreateResponseRequest request) =>
        (request.Model?.Contains("deep-research", StringComparison.OrdinalIgnoreCase) ?? false)
        || (request.Tools?.Any(tool => tool is WebSearchTool) ?? false);
}
