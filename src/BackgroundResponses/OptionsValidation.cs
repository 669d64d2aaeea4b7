namespace BackgroundResponses;

/// <summary>
/// The one way options report a value out of range: each options class lists its own problems once, a constructor
/// throws the first one and the dependency-injection validator reports them all at start.
/// </summary>
internal static class OptionsValidation
{
    /// <summary>Throws the first problem of <paramref name="problems"/>, if any.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static void ThrowIfAny(IEnumerable<OptionProblem> problems)
    {
        foreach (var problem in problems)
        {
            throw new ArgumentOutOfRangeException(problem.Name, problem.Value, problem.Message);
        }
    }

    /// <summary>The same problems, named from an outer options object (<c>Streaming.Polling.MaxWait</c>).</summary>
    public static IEnumerable<OptionProblem> Prefix(string prefix, IEnumerable<OptionProblem> problems) =>
        problems.Select(problem => problem with { Name = prefix + "." + problem.Name });
}
