using System.Text;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Models.Research;

/// <summary>Keeps docs/models.md's citations and research trail example compiled and working (a file of its own, so other sections merge freely).</summary>
public class ReadmeResearchTests
{
    [Fact]
    public void ReadmeSnippet_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "Models", "Research", "ReadmeResearchTests.cs");
        var readme = RepositoryFiles.ReadDocs("models.md");

        Assert.Equal(RepositoryFiles.Snippet(source, "readme-research"), RepositoryFiles.MarkdownSnippet(readme, "readme-research"));
    }

    [Fact]
    public void ReadmeResearchExample_PrintsNumberedTextSourcesAndTrail()
    {
        var output = new StringWriter { NewLine = "\n" };

        PrintResearchReport(DeepResearchOutput.Read(), output);

        Assert.Equal(
            """
            Sea otters 🦦 hold hands while they sleep [1], so they do not drift apart [2]. 🌊 They use rocks as tools [3] to open shellfish. Otters have the densest fur of any animal [1].
            Fur [2]: [5] 1 million hairs per square inch [4]. [5]
            [1] How otters sleep https://otters.example/sleep
            [2] Otters at the zoo https://zoo.example/otters
            [3] otter-tools.pdf file_tools
            [4]  https://fur.example/density
            [5] chart.png cfile_1
            Search: sea otters hold hands | why do otters hold hands sleeping (completed)
            OpenPage: https://otters.example/sleep (completed)
            FindInPage: 'drift' in https://otters.example/sleep (completed)
            Search: otter fur density (completed)
            FileSearch: otter tool use (completed)
            CodeInterpreter: code_interpreter_call (completed)
            McpCall: mcp_call (completed)
            Other: web_search_call (failed)

            """,
            output.ToString());
    }

    // begin-snippet: readme-research
    private static void PrintResearchReport(ModelResponse response, TextWriter output)
    {
        // The text with "[n]" after each cited span. Inserting from the end keeps the earlier positions valid.
        IReadOnlyList<ResponseCitation> citations = response.GetCitations();
        foreach (IGrouping<OutputTextPart, ResponseCitation> part in citations.GroupBy(c => c.Part))
        {
            var text = new StringBuilder(part.Key.Text);
            foreach (ResponseCitation citation in part.OrderByDescending(c => c.EndIndex))
            {
                text.Insert(citation.EndIndex, $" [{citation.SourceNumber}]");
            }

            output.WriteLine(text);
        }

        // One line per source: the first citation of each number.
        foreach (ResponseCitation source in citations.DistinctBy(c => c.SourceNumber))
        {
            output.WriteLine($"[{source.SourceNumber}] {source.Title ?? source.Filename} {source.Url ?? source.FileId}");
        }

        // The searches and pages the run went through, in order.
        foreach (ResearchStep step in response.GetResearchTrail())
        {
            string? what = step.Kind switch
            {
                ResearchStepKind.Search or ResearchStepKind.FileSearch => string.Join(" | ", step.Queries),
                ResearchStepKind.OpenPage => step.Url,
                ResearchStepKind.FindInPage => $"'{step.Pattern}' in {step.Url}",
                _ => step.Item.Type,
            };
            output.WriteLine($"{step.Kind}: {what} ({step.Status})");
        }
    }
    // end-snippet
}
