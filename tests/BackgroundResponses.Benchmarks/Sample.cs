namespace BackgroundResponses.Benchmarks;

/// <summary>The medians of one measured way: milliseconds and bytes for one iteration of <see cref="Operations"/> operations.</summary>
internal sealed record Sample(string Name, double Milliseconds, double Bytes, int Operations)
{
    public double OperationsPerSecond => Operations / (Milliseconds / 1000);

    public double BytesPerOperation => Bytes / Operations;

    public double MicrosecondsPerOperation => Milliseconds * 1000 / Operations;
}
