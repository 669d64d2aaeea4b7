using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests;

/// <summary>
/// Keeps README.md a landing page and docs/ whole: the README stays small and links every docs page, each page links
/// back, and no relative link or #anchor in README.md or docs/*.md is dead.
/// </summary>
public class DocsTests
{
    private const int ReadmeMaxBytes = 12 * 1024;

    public static TheoryData<string> MarkdownFiles()
    {
        var files = new TheoryData<string> { "README.md" };
        foreach (var page in DocsPages())
        {
            files.Add("docs/" + page);
        }

        // The samples' readmes and CHANGELOG.md link into the repository too.
        files.Add("CHANGELOG.md");
        foreach (var readme in Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "samples"), "README.md", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(RepositoryFiles.Root, readme).Replace(Path.DirectorySeparatorChar, '/'));
        }

        return files;
    }

    [Fact]
    public void Readme_StaysALandingPage_Under12KiB()
    {
        var bytes = new FileInfo(Path.Combine(RepositoryFiles.Root, "README.md")).Length;

        Assert.True(bytes < ReadmeMaxBytes, $"README.md is {bytes} bytes; keep it under {ReadmeMaxBytes} and move details to docs/*.md");
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void RelativeLinksAndAnchors_AllResolve(string file)
    {
        var dead = MarkdownLinks.DeadLinks(Path.Combine([RepositoryFiles.Root, .. file.Split('/')]), RepositoryFiles.Root);

        Assert.True(dead.Count == 0, $"{file} has dead links:\n" + string.Join("\n", dead));
    }

    [Fact]
    public void Readme_LinksEveryDocsPage()
    {
        var readme = RepositoryFiles.Read("README.md");

        Assert.All(DocsPages(), page => Assert.Contains($"(docs/{page})", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryDocsPage_LinksBackToTheReadme_NearItsTop()
    {
        Assert.All(DocsPages(), page =>
        {
            var top = string.Join("\n", RepositoryFiles.ReadDocs(page).Split('\n').Take(6));
            Assert.True(top.Contains("](../README.md)", StringComparison.Ordinal), $"docs/{page} has no link back to the README in its first lines");
        });
    }

    [Fact]
    public void DeadLinks_FindsAMissingFile_AMissingAnchor_AndAMissingAnchorOnAnotherPage()
    {
        var root = Directory.CreateTempSubdirectory("doclinks-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "other.md"), "# Other page\n\n## Thousands of open streams: HTTP/2\n\n## Notes\n\n## Notes\n");
            var page = Path.Combine(root, "page.md");
            File.WriteAllText(page, """
                # Page

                ## Retries that never duplicate a paid job

                Good: [file](other.md), [anchor](other.md#thousands-of-open-streams-http2), [second notes](other.md#notes-1),
                [here](#retries-that-never-duplicate-a-paid-job), [web](https://example.com/missing.md), `[code](gone.md)`.

                Dead: [a](missing.md), [b](#no-such-heading), [c](other.md#notes-2), [d](../../outside.md).

                ```csharp
                var s = "[not a link](gone.md)";
                ```
                """);

            var dead = MarkdownLinks.DeadLinks(page, root);

            Assert.Equal(["missing.md", "#no-such-heading", "other.md#notes-2", "../../outside.md"], dead.Select(d => d[..d.IndexOf(": ", StringComparison.Ordinal)]));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("Microsoft.Extensions.AI (IChatClient)", "microsoftextensionsai-ichatclient")]
    [InlineData("Thousands of open streams: HTTP/2", "thousands-of-open-streams-http2")]
    [InlineData("Streaming options (`ResponsesClientOptions.Streaming`)", "streaming-options-responsesclientoptionsstreaming")]
    [InlineData("Native AOT size and start-up (issue 12)", "native-aot-size-and-start-up-issue-12")]
    [InlineData("What changed in `src/` and why (before → after)", "what-changed-in-src-and-why-before--after")]
    public void Slug_IsGitHubs(string heading, string slug) => Assert.Equal(slug, MarkdownLinks.Slug(heading));

    private static IEnumerable<string> DocsPages() =>
        Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "docs"), "*.md").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);
}
