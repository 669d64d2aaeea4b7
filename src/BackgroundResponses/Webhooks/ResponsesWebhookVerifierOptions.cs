namespace BackgroundResponses;

/// <summary>Settings of a <see cref="ResponsesWebhookVerifier"/>; they are validated and copied when the verifier is created.</summary>
public sealed class ResponsesWebhookVerifierOptions
{
    /// <summary>The tolerance used when none is set: five minutes, as in OpenAI's Python and Node SDKs.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The largest accepted <see cref="Tolerance"/>; a wider window would make replayed deliveries pass.</summary>
    public static readonly TimeSpan MaxTolerance = TimeSpan.FromDays(1);

    /// <summary>
    /// Gets or sets the signing secrets of the endpoint, as shown by OpenAI (<c>whsec_&lt;base64&gt;</c>; the base64 alone is accepted too).
    /// A delivery passes when any of them produced one of its signatures, so during a rotation both the old and the new secret can be listed.
    /// </summary>
    public IList<string> Secrets { get; set; } = [];

    /// <summary>Gets or sets how far the <c>webhook-timestamp</c> may be from the current time, in either direction. Defaults to <see cref="DefaultTolerance"/>.</summary>
    public TimeSpan Tolerance { get; set; } = DefaultTolerance;
}
