using System.Globalization;

namespace BackgroundResponses.Benchmarks;

/// <summary>What one way of the stream scale run measured (parsed from its client process's <c>result</c> line).</summary>
internal sealed record StreamScaleResult(string Way, int Streams, double ManagedPerStream, double WorkingSetPerStream, double OpenedSeconds, long Delivered, long Written)
{
    public static StreamScaleResult Parse(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        double Number(string name) => double.Parse(fields[name], CultureInfo.InvariantCulture);
        return new StreamScaleResult(
            fields["way"],
            (int)Number("streams"),
            Number("managed_per_stream"),
            Number("ws_per_stream"),
            Number("opened_s"),
            (long)Number("delivered"),
            (long)Number("written"));
    }

    public string ToTableRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Way,-12} | {Streams,8:N0} | {ManagedPerStream / 1024,18:N1} | {WorkingSetPerStream / 1024,13:N1} | {OpenedSeconds,11:N1} | {Delivered,9:N0} | {(Delivered == Written ? "yes" : $"NO ({Written:N0} written)"),13} |");
}
