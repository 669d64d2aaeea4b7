namespace BackgroundResponses.Tests.TestSupport;

/// <summary>Finds files of this repository from the test's output folder (tests run inside the checkout).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(params string[] relativePath) => File.ReadAllText(Path.Combine([Root, .. relativePath]));

    /// <summary>A page of <c>docs/</c>, such as <c>ReadDocs("polling.md")</c>.</summary>
    public static string ReadDocs(string page) => Read("docs", page);

    /// <summary>
    /// The lines between <c>// begin-snippet: name</c> and <c>// end-snippet</c> of a source file, de-indented:
    /// what README.md or a docs/ page must show verbatim.
    /// </summary>
    public static string Snippet(string source, string name)
    {
        var lines = source.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Trim() == $"// begin-snippet: {name}");
        var end = lines.FindIndex(start + 1, l => l.Trim() == "// end-snippet");
        Assert.True(start >= 0 && end > start, $"snippet '{name}' not found");
        var body = lines.Skip(start + 1).Take(end - start - 1).ToList();
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    /// <summary>The body of the first ```csharp block after <c>&lt;!-- snippet: name</c> in a Markdown file.</summary>
    public static string MarkdownSnippet(string markdown, string name)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var marker = lines.FindIndex(l => l.StartsWith($"<!-- snippet: {name}", StringComparison.Ordinal));
        Assert.True(marker >= 0, $"snippet marker '{name}' not found");
        var open = lines.FindIndex(marker, l => l.StartsWith("```csharp", StringComparison.Ordinal));
        var close = lines.FindIndex(open + 1, l => l.StartsWith("```", StringComparison.Ordinal));
        return string.Join("\n", lines.Skip(open + 1).Take(close - open - 1));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BackgroundResponses.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (BackgroundResponses.sln) was not found above " + AppContext.BaseDirectory);
    }
}
