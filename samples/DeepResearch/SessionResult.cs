using BackgroundResponses;

namespace DeepResearch;

/// <summary>How one start of the sample ended.</summary>
/// <param name="Final">The finished response; <see langword="null"/> when the session was interrupted.</param>
/// <param name="ResumedFrom">The saved token the session went on from; <see langword="null"/> when it created the run.</param>
/// <param name="Events">How many events this session received.</param>
public sealed record SessionResult(ModelResponse? Final, ResponseResumeToken? ResumedFrom, int Events)
{
    /// <summary>Gets a value indicating whether the session stopped before the run ended (its token file stays).</summary>
    public bool Interrupted => Final is null;
}
