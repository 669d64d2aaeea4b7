namespace BackgroundResponses.Testing;

/// <summary>A fault for one webhook event; <see cref="Delay"/> is used by <see cref="WebhookFaultKind.Delay"/> only.</summary>
internal sealed record WebhookFault(WebhookFaultKind Kind, TimeSpan Delay);
