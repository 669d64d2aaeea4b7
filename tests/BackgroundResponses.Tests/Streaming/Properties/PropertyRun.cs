using CsCheck;

namespace BackgroundResponses.Tests.Streaming.Properties;

/// <summary>
/// How the property tests sample: a fixed seed and a small iteration count in CI, so every run checks the same cases
/// and the suite stays fast. Setting <c>CsCheck_Iter</c> or <c>CsCheck_Time</c> (read by CsCheck itself) runs more
/// cases from a random seed; <c>CsCheck_Seed</c> replays the seed a failure printed.
/// </summary>
internal static class PropertyRun
{
    private const string FixedSeed = "0000000000001";

    /// <summary>The seed: the environment's replay seed, a random one for a deeper local run, else the fixed one.</summary>
    public static string? Seed =>
        IsSet("CsCheck_Seed") ? Check.Seed
        : IsSet("CsCheck_Iter") || IsSet("CsCheck_Time") ? null
        : FixedSeed;

    /// <summary>The iteration count: <paramref name="ciIterations"/> unless the environment asks for more.</summary>
    public static long Iterations(long ciIterations) => IsSet("CsCheck_Iter") ? Check.Iter : ciIterations;

    /// <summary>The time budget in seconds: only when the environment sets one (CsCheck's -1 means none).</summary>
    public static int Time => IsSet("CsCheck_Time") ? Check.Time : -1;

    private static bool IsSet(string name) => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name));
}
