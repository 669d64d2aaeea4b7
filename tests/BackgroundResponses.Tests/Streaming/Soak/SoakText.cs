namespace BackgroundResponses.Tests.Streaming.Soak;

/// <summary>
/// The reply each soak stream gets: tokens of exactly four UTF-16 units (the fake's delta length), so every stream has the
/// same number of events, and dense with 2-, 3- and 4-byte UTF-8 characters and JSON escapes, so that cuts at random
/// bytes often land inside a character or an escape.
/// </summary>
internal static class SoakText
{
    public const int Tokens = 80;

    private const string Prefix = "soak stream ";

    // Fixed, not the run's seed: a stream's text stays the same whichever faults a run draws for it.
    private const int TextSeed = 7;

    private static readonly string[] Pieces =
    [
        "otte", "rs \u00e9", "t\u00e9s ", "\u2019s, ", "\u4e2d\u6587\u3002 ", "\ud83e\udda6 ~", "\ud83c\udf0a\ud83e\udea8", "Gr\u00fc\u00df",
        "\u20ac 5,", "\u0394\u03b5\u03bb\u03c4", "kelp", " sea", "\u3042\u3044\u3046 ", "na\u00efv", "\"q\"\\", "a\nb\t",
    ];

    public static string Input(int stream) => Prefix + stream.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The reply to <see cref="Input"/>(<c>stream</c>): the same for the same stream, different between streams.</summary>
    public static string For(string input)
    {
        var stream = int.Parse(input.AsSpan(Prefix.Length), System.Globalization.CultureInfo.InvariantCulture);
        var random = new Random(BackgroundResponses.Tests.TestSupport.Network.FaultPlanner.SeedFor(TextSeed, stream));
        var text = new System.Text.StringBuilder(Tokens * 4);
        for (var i = 0; i < Tokens; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Whether every piece is one delta long: four UTF-16 units, surrogate pairs whole.</summary>
    public static bool PiecesAreOneDeltaEach => Pieces.All(p => p.Length == 4 && !char.IsHighSurrogate(p[^1]));
}
