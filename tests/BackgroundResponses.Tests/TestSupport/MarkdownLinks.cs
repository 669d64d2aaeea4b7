using System.Text.RegularExpressions;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>
/// Finds the relative links of a Markdown file that do not resolve: a file or folder that does not exist, or an
/// <c>#anchor</c> that matches no heading of its page (GitHub's heading slugs, duplicates numbered -1, -2, …).
/// Links inside code (fenced blocks and inline code) and HTML comments are not links; absolute URLs are not checked.
/// </summary>
public static partial class MarkdownLinks
{
    /// <summary>Every dead relative link of <paramref name="markdownPath"/>, as "target: why".</summary>
    public static IReadOnlyList<string> DeadLinks(string markdownPath, string repositoryRoot) =>
        Targets(File.ReadAllText(markdownPath))
            .Where(target => !Scheme().IsMatch(target)) // https:, mailto: and the like
            .Select(target => WhyDead(target, markdownPath, repositoryRoot) is { } why ? $"{target}: {why}" : null)
            .OfType<string>()
            .ToList();

    /// <summary>
    /// Why a relative link written in <paramref name="markdownPath"/> is dead (no such file or folder, outside the repository,
    /// or no heading with its anchor), or <see langword="null"/> when it resolves.
    /// </summary>
    public static string? WhyDead(string target, string markdownPath, string repositoryRoot)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(markdownPath))!;
        var root = Path.GetFullPath(repositoryRoot);
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        var file = path.Length == 0 ? Path.GetFullPath(markdownPath) : Path.GetFullPath(Path.Combine(directory, path));
        if (file != root && !file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "outside the repository";
        }

        if (!File.Exists(file) && !Directory.Exists(file))
        {
            return "no such file or folder";
        }

        return anchor is not null && (!file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !Anchors(File.ReadAllText(file)).Contains(anchor))
            ? $"no heading with the anchor #{anchor}"
            : null;
    }

    /// <summary>The link targets of a Markdown text (<c>[text](target)</c> and <c>![alt](target)</c>), outside code and comments.</summary>
    public static IEnumerable<string> Targets(string markdown) =>
        Link().Matches(WithoutCode(markdown)).Select(m => m.Groups["target"].Value.Trim('<', '>'));

    /// <summary>The anchors GitHub gives the headings of a Markdown text.</summary>
    public static ISet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in WithoutFences(markdown).Split('\n'))
        {
            var heading = Heading().Match(line.TrimEnd('\r'));
            if (!heading.Success)
            {
                continue;
            }

            var slug = Slug(heading.Groups["text"].Value);
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    /// <summary>GitHub's slug of a heading: lower case, links reduced to their text, punctuation dropped, spaces as hyphens.</summary>
    public static string Slug(string heading)
    {
        var text = InlineLink().Replace(heading, "${text}").Trim().ToLowerInvariant();
        return NotInSlug().Replace(text, string.Empty).Replace(' ', '-');
    }

    private static string WithoutCode(string markdown) => InlineCode().Replace(Comment().Replace(WithoutFences(markdown), string.Empty), string.Empty);

    private static string WithoutFences(string markdown)
    {
        var kept = new List<string>();
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            kept.Add(inFence ? string.Empty : line);
        }

        return string.Join("\n", kept);
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\[(?:[^\[\]]|\[[^\[\]]*\])*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}\p{Pc} \-]")]
    private static partial Regex NotInSlug();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
