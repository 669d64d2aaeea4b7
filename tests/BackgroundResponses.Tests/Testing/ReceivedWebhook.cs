namespace BackgroundResponses.Tests.Testing;

/// <summary>One POST the <see cref="LoopbackWebhookReceiver"/> got.</summary>
/// <param name="Index">Its position among all requests the receiver got, from 0.</param>
/// <param name="Headers">The request headers.</param>
/// <param name="Body">The body as text.</param>
internal sealed record ReceivedWebhook(int Index, IReadOnlyDictionary<string, string> Headers, string Body);
