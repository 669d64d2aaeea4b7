namespace BackgroundResponses;

/// <content>The reads a research app makes of a finished response: its citations and the steps it took.</content>
public partial class ModelResponse
{
    /// <summary>Lists the citations in the output text, numbered by source; see <see cref="ResponseCitation.From"/>.</summary>
    /// <returns>The citations, in output order; empty when the text cites nothing.</returns>
    public IReadOnlyList<ResponseCitation> GetCitations() => ResponseCitation.From(Output);

    /// <summary>Lists the searches, pages and tool calls the run went through; see <see cref="ResearchStep.From"/>.</summary>
    /// <returns>The steps, in output order.</returns>
    public IReadOnlyList<ResearchStep> GetResearchTrail() => ResearchStep.From(Output);
}
