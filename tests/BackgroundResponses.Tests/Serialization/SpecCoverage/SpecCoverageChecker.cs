using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>Checks every union member of a spec against the SDK: typed (or allow-listed), readable, and written back as read.</summary>
internal static class SpecCoverageChecker
{
    public static SpecCoverageReport Check(OpenApiSpec spec, IEnumerable<UnionMember> members, IReadOnlyList<AllowListEntry> allowList)
    {
        var report = new SpecCoverageReport();
        var allowListUsed = new HashSet<AllowListEntry>();
        foreach (var member in members)
        {
            if (member.TypeValue.Length == 0)
            {
                report.WithoutTypeValue.Add(member);
                continue;
            }

            var sent = SpecDocumentBuilder.Build(spec, member).ToJsonString();
            SdkReading reading;
            try
            {
                reading = SdkUnionReader.Read(member.Kind, sent);
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
            {
                report.Unreadable.Add((member, $"{ex.GetType().Name}: {ex.Message}\n      JSON: {sent}"));
                continue;
            }

            report.Checked.Add((member, reading));
            if (!reading.IsTyped)
            {
                var entry = allowList.FirstOrDefault(e => e.Kind == member.Kind && e.TypeValue == member.TypeValue);
                if (entry is null)
                {
                    report.Untyped.Add((member, reading.ReadAs));
                }
                else
                {
                    allowListUsed.Add(entry);
                }
            }

            if (!JsonNode.DeepEquals(JsonNode.Parse(sent), JsonNode.Parse(reading.Written)))
            {
                report.NotRoundTripped.Add((member, sent, reading.Written));
            }
        }

        report.StaleAllowListEntries.AddRange(allowList.Where(e => !allowListUsed.Contains(e)));
        return report;
    }
}
