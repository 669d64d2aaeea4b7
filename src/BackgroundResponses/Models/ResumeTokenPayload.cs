namespace BackgroundResponses;

/// <summary>The JSON inside a <see cref="ResponseResumeToken"/>'s string form.</summary>
internal sealed class ResumeTokenPayload
{
    public string? Id { get; set; }

    public int? After { get; set; }
}
