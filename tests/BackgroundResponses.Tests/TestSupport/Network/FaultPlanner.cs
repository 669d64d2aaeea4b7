namespace BackgroundResponses.Tests.TestSupport.Network;

/// <summary>
/// Draws faults for a <see cref="FaultProxy"/> from a seeded <see cref="Random"/>: the same seed gives the same faults in
/// the same order, so a failing run can be replayed from its seed.
/// </summary>
internal sealed class FaultPlanner(int seed)
{
    /// <summary>The positions a cut inside a body can take, each as likely as the others.</summary>
    public static readonly CutPoint[] BodyPoints = [CutPoint.AnyByte, CutPoint.MidLine, CutPoint.MidEvent, CutPoint.InsideUtf8Character, CutPoint.BetweenEvents];

    /// <summary>How far past its event threshold a fault may move: less than the smallest event, so it lands in that event or the next.</summary>
    public const int MaxPlusBytes = 64;

    private readonly Random _random = new(seed);

    /// <summary>Gets the seed, to print with a failure.</summary>
    public int Seed { get; } = seed;

    /// <summary>
    /// A seed for item <paramref name="index"/> of a run seeded with <paramref name="seed"/> (SplitMix64's finalizer):
    /// <see cref="Random"/>'s first draws for neighbouring seeds are alike, so <c>seed + index</c> would give neighbouring
    /// streams alike faults.
    /// </summary>
    public static int SeedFor(int seed, int index)
    {
        var z = (((ulong)(uint)seed << 32) | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>), from the same sequence as the faults.</summary>
    public int Next(int min, int max) => _random.Next(min, max);

    /// <summary>A cut or a reset after <paramref name="afterEvents"/> events, at a random kind of position and a random byte past it.</summary>
    /// <param name="afterEvents">Whole events to let through first.</param>
    /// <param name="orInHeaders">Whether the break may fall in the response head instead (then <paramref name="afterEvents"/> does not apply).</param>
    public ProxyFault NextBreak(int afterEvents, bool orInHeaders = false)
    {
        var choice = _random.Next(BodyPoints.Length + (orInHeaders ? 1 : 0));
        var point = choice < BodyPoints.Length ? BodyPoints[choice] : CutPoint.InHeaders;
        var kind = _random.Next(2) == 0 ? ProxyFaultKind.Cut : ProxyFaultKind.Reset;
        return new ProxyFault(kind, point, afterEvents, _random.Next(MaxPlusBytes));
    }

    /// <summary>
    /// A fault a stream should survive without a reconnection, for a connection that is not to be broken: delayed headers
    /// or a short stall (both far below the client's idle timeout), or, half the time, nothing.
    /// </summary>
    /// <param name="maxEvents">How many events the response has at least; the stall falls before the last of them.</param>
    /// <param name="longest">The longest delay to draw.</param>
    public ProxyFault? NextNuisance(int maxEvents, TimeSpan longest)
    {
        var delay = TimeSpan.FromMilliseconds(1 + _random.Next((int)longest.TotalMilliseconds));
        return _random.Next(4) switch
        {
            0 => ProxyFault.DelayHeaders(delay),
            1 => ProxyFault.Stall(delay, BodyPoints[_random.Next(BodyPoints.Length)], _random.Next(Math.Max(1, maxEvents - 1)), _random.Next(MaxPlusBytes)),
            _ => null,
        };
    }
}
