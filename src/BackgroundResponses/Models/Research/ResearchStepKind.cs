namespace BackgroundResponses;

/// <summary>What a <see cref="ResearchStep"/> did.</summary>
/// <remarks>
/// A plain enum, not an open string value: it is this SDK's own reading of the output items, not a wire value, so it
/// never has to carry a string it does not know. A wire value this SDK does not know (a new web search action) is
/// <see cref="Other"/>, and the item itself stays on <see cref="ResearchStep.Item"/>.
/// </remarks>
public enum ResearchStepKind
{
    /// <summary>A web search (<c>web_search_call</c> with a <c>search</c> action): see <see cref="ResearchStep.Queries"/> and <see cref="ResearchStep.Sources"/>.</summary>
    Search,

    /// <summary>A page opened (<c>web_search_call</c> with an <c>open_page</c> action): see <see cref="ResearchStep.Url"/>.</summary>
    OpenPage,

    /// <summary>A search within a page (<c>web_search_call</c> with a <c>find_in_page</c> action): see <see cref="ResearchStep.Url"/> and <see cref="ResearchStep.Pattern"/>.</summary>
    FindInPage,

    /// <summary>A search of vector stores (<c>file_search_call</c>): see <see cref="ResearchStep.Queries"/>.</summary>
    FileSearch,

    /// <summary>Code run by the code interpreter (<c>code_interpreter_call</c>).</summary>
    CodeInterpreter,

    /// <summary>A tool called on an MCP server (<c>mcp_call</c>).</summary>
    McpCall,

    /// <summary>A web search call whose action is missing or of a type this SDK does not know.</summary>
    Other,
}
