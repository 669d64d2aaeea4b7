using System.Text.RegularExpressions;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests;

/// <summary>
/// Keeps each package's own NuGet readme (src/&lt;Package&gt;/README.md) short, self-contained and correct: its snippets are
/// the code compiled and run by the named test files, and every link is an absolute https address (relative links
/// break on nuget.org).
/// </summary>
public class PackageReadmeTests
{
    public static TheoryData<string, string, string> Snippets => new()
    {
        { "BackgroundResponses", "readme-quick-example", "tests/BackgroundResponses.Tests/ReadmeTests.cs" },
        { "BackgroundResponses.Testing", "readme-fake-server", "tests/BackgroundResponses.Tests/Testing/FakeResponsesServerReadmeTests.cs" },
        { "BackgroundResponses.AspNetCore", "readme-webhook-endpoint", "tests/BackgroundResponses.AspNetCore.Tests/ReadmeWebhookEndpointTests.cs" },
        { "BackgroundResponses.Extensions.AI", "readme-chat-client", "tests/BackgroundResponses.Extensions.AI.Tests/ReadmeChatClientTests.cs" },
        { "BackgroundResponses.Azure", "azure-credential", "tests/BackgroundResponses.Azure.Tests/AzureOpenAiDocsTests.cs" },
        { "BackgroundResponses.Azure", "azure-keyless", "tests/BackgroundResponses.Azure.Tests/AzureOpenAiDocsTests.cs" },
    };

    public static TheoryData<string> Packages => new(Directory.GetDirectories(Path.Combine(RepositoryFiles.Root, "src")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Snippets))]
    public void PackageReadmeSnippet_IsTheCompiledCodeVerbatim(string package, string snippet, string sourceFile)
    {
        var source = RepositoryFiles.Read(sourceFile.Split('/'));
        var readme = RepositoryFiles.Read("src", package, "README.md");

        Assert.Equal(RepositoryFiles.Snippet(source, snippet), RepositoryFiles.MarkdownSnippet(readme, snippet));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void PackageReadme_IsShortWithInstallAndAbsoluteLinksOnly(string package)
    {
        var readme = RepositoryFiles.Read("src", package, "README.md");

        Assert.StartsWith($"# {package}\n", readme, StringComparison.Ordinal);
        Assert.Contains($"dotnet add package {package} --prerelease", readme, StringComparison.Ordinal);
        Assert.Contains("```csharp", readme, StringComparison.Ordinal);
        Assert.True(readme.Length < 4000, $"{package}'s readme is {readme.Length} characters; keep it short and link to the documentation");

        // Links are spelled out as https addresses: no Markdown link to a relative path, an anchor or http.
        Assert.Empty(Regex.Matches(readme, @"\]\((?!https://)[^)]*\)").Select(m => m.Value));
        Assert.Empty(Regex.Matches(readme, @"(?<![\w/])(?:\.\./|\./|docs/|samples/)[\w./-]+\.md").Select(m => m.Value));
        Assert.DoesNotContain("http://", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void PackageReadme_LinksIntoTheRepositoryResolve(string package)
    {
        // On NuGet a link must be absolute, so links into this repository are spelled as its address: each must still name a
        // file (blob/main/<path>) or the README (#anchor) that exists here, and an anchor a heading of that file.
        const string Repository = "https://github.com/backgroundresponses/backgroundresponses";
        var readme = RepositoryFiles.Read("src", package, "README.md");
        var dead = new List<string>();
        foreach (var target in MarkdownLinks.Targets(readme).Concat(Regex.Matches(readme, @"(?<!\()https://[^\s)>]+").Select(m => m.Value)).Distinct())
        {
            if (!target.StartsWith(Repository, StringComparison.Ordinal))
            {
                continue;
            }

            // The repository's page is its README (#readme is GitHub's anchor for the README itself); blob/main/<path> a file.
            var rest = target[Repository.Length..];
            var relative = rest.Length == 0 || rest == "#readme" ? "README.md"
                : rest.StartsWith('#') ? "README.md" + rest
                : rest.StartsWith("/blob/main/", StringComparison.Ordinal) ? rest["/blob/main/".Length..]
                : null;
            var why = relative is null ? "not a file of the main branch" : MarkdownLinks.WhyDead(relative, Path.Combine(RepositoryFiles.Root, "README.md"), RepositoryFiles.Root);
            if (why is not null)
            {
                dead.Add($"{target}: {why}");
            }
        }

        Assert.True(dead.Count == 0, $"{package}'s readme has dead repository links:\n" + string.Join("\n", dead));
    }

    [Fact]
    public void EveryPackageReadmeSnippet_IsChecked()
    {
        var checkedSnippets = Snippets.Select(row => ((string)row[0], (string)row[1])).ToHashSet();
        var shown = ((IEnumerable<object[]>)Packages).Select(row => (string)row[0]).SelectMany(package =>
            Regex.Matches(RepositoryFiles.Read("src", package, "README.md"), "<!-- snippet: ([a-z0-9-]+)").Select(m => (package, m.Groups[1].Value)));

        Assert.All(shown, snippet => Assert.Contains(snippet, checkedSnippets));
    }
}
