namespace BackgroundResponses.Testing;

/// <summary>What happens to a webhook event that takes a fault.</summary>
internal enum WebhookFaultKind
{
    DeliverTwice,
    Delay,
    BadSignature,
}
