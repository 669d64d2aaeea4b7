using System.Text;

namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>What the spec has that the SDK does not type, and what does not survive a round trip.</summary>
internal sealed class SpecCoverageReport
{
    public List<(UnionMember Member, SdkReading Reading)> Checked { get; } = [];

    public List<(UnionMember Member, string ReadAs)> Untyped { get; } = [];

    public List<UnionMember> WithoutTypeValue { get; } = [];

    public List<(UnionMember Member, string Error)> Unreadable { get; } = [];

    public List<(UnionMember Member, string Sent, string Written)> NotRoundTripped { get; } = [];

    public List<AllowListEntry> StaleAllowListEntries { get; } = [];

    public bool IsClean => Untyped.Count == 0 && WithoutTypeValue.Count == 0 && Unreadable.Count == 0 && NotRoundTripped.Count == 0 && StaleAllowListEntries.Count == 0;

    public string Describe()
    {
        var text = new StringBuilder();
        Section(text, "Spec union members the SDK reads as its Unknown/Raw fallback (type them, or allow-list them with a reason in SpecCoverageAllowList.cs and docs/architecture.md)", Untyped.Select(u => $"{u.Member} -> read as {u.ReadAs}"));
        Section(text, "Spec union members without a discriminator value (the spec gives no type enum/const/default, nor a discriminator.mapping)", WithoutTypeValue.Select(m => m.ToString()));
        Section(text, "Spec union members whose JSON the SDK cannot read", Unreadable.Select(u => $"{u.Member}: {u.Error}"));
        Section(text, "Spec union members the SDK does not write back as read", NotRoundTripped.Select(r => $"{r.Member}\n      sent:    {r.Sent}\n      written: {r.Written}"));
        Section(text, "Allow-list entries the spec no longer has, or the SDK now types (remove them)", StaleAllowListEntries.Select(e => $"{e.Kind} \"{e.TypeValue}\""));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count > 0)
        {
            text.AppendLine().AppendLine(title + ":");
            foreach (var line in list)
            {
                text.AppendLine("  - " + line);
            }
        }
    }
}
