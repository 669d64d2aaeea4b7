namespace BackgroundResponses;

/// <summary>Why a webhook delivery was rejected by <see cref="ResponsesWebhookVerifier"/>.</summary>
public enum WebhookVerificationFailure
{
    /// <summary>One of the three <c>webhook-*</c> headers is absent or empty (<see cref="WebhookVerificationException.HeaderName"/> says which).</summary>
    MissingHeader = 1,

    /// <summary>A <c>webhook-*</c> header appears more than once, so which value was signed is ambiguous.</summary>
    DuplicateHeader,

    /// <summary>The <c>webhook-timestamp</c> header is not a whole number of unix seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is further from the current time than the configured tolerance, in the past (a replay or a very late delivery) or in the future (clock skew).</summary>
    TimestampOutsideTolerance,

    /// <summary>The <c>webhook-signature</c> header holds no well-formed <c>v1</c> signature at all.</summary>
    NoSupportedSignature,

    /// <summary>No <c>v1</c> signature matches the delivery under any configured secret: a wrong secret, or an altered ID, timestamp or body.</summary>
    NoMatchingSignature,
}
