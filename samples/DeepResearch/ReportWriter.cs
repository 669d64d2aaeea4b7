using System.Text;
using BackgroundResponses;

namespace DeepResearch;

/// <summary>Prints the finished report with numbered citations, its source list and the research trail.</summary>
public static class ReportWriter
{
    /// <summary>Writes the report of <paramref name="response"/>.</summary>
    /// <param name="response">The finished response.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ModelResponse response, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("================ Report ================");
        var citations = response.GetCitations();
        foreach (var message in response.Output.OfType<MessageItem>())
        {
            foreach (var part in message.Content.OfType<OutputTextPart>())
            {
                output.WriteLine(Numbered(part, citations.Where(c => c.Part == part)));
            }
        }

        output.WriteLine();
        output.WriteLine("Sources:");
        foreach (var source in citations.DistinctBy(c => c.SourceNumber))
        {
            output.WriteLine($"  [{source.SourceNumber}] {source.Title} - {source.Url}");
        }

        var trail = response.GetResearchTrail();
        output.WriteLine();
        output.WriteLine($"Research trail: {trail.Count(s => s.Kind == ResearchStepKind.Search)} web searches, {trail.Count(s => s.Kind == ResearchStepKind.OpenPage)} pages opened, {trail.Count(s => s.Kind == ResearchStepKind.FindInPage)} find-in-page.");
    }

    /// <summary>
    /// Puts each citation's source number in the text. The service usually cites with a markdown link, such as
    /// "([example.org](https://…))", which the number then replaces; any other span keeps its text and gets the number after
    /// it. Working from the end keeps the earlier positions valid.
    /// </summary>
    private static string Numbered(OutputTextPart part, IEnumerable<ResponseCitation> citations)
    {
        var text = new StringBuilder(part.Text);
        foreach (var citation in citations.OrderByDescending(c => c.StartIndex))
        {
            if (IsLink(citation.CitedText))
            {
                text.Remove(citation.StartIndex, citation.EndIndex - citation.StartIndex);
                text.Insert(citation.StartIndex, $"[{citation.SourceNumber}]");
            }
            else
            {
                text.Insert(citation.EndIndex, $" [{citation.SourceNumber}]");
            }
        }

        return text.ToString();
    }

    private static bool IsLink(string cited) =>
        cited.TrimStart('(').StartsWith('[') && cited.Contains("](", StringComparison.Ordinal) && cited.TrimEnd(')').Length < cited.Length;
}
