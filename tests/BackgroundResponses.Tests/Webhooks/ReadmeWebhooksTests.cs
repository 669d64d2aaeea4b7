using System.Globalization;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Webhooks;

/// <summary>Keeps docs/webhooks.md's "Webhooks" example compiled and working (a file of its own, so other sections merge freely).</summary>
public class ReadmeWebhooksTests : IDisposable
{
    private const string WebhookSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public void ReadmeSnippet_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "Webhooks", "ReadmeWebhooksTests.cs");
        var readme = RepositoryFiles.ReadDocs("webhooks.md");

        Assert.Equal(RepositoryFiles.Snippet(source, "readme-webhooks"), RepositoryFiles.MarkdownSnippet(readme, "readme-webhooks"));
    }

    [Fact]
    public async Task ReadmeWebhooksExample_FetchesTheCompletedResponse()
    {
        _api.Stub("GET", "/v1/responses/resp_hook", 200, """{"id":"resp_hook","object":"response","created_at":1,"status":"completed","output":[{"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"42","annotations":[]}]}]}""");
        const string body = """{"id":"evt_1","type":"response.completed","created_at":1750000000,"data":{"id":"resp_hook"},"object":"event"}""";

        var outcome = await WebhooksExampleAsync(_api.CreateClient(), WebhookSecret, body, SignedNow(body), CancellationToken.None);

        Assert.Equal("done: 42", outcome);
    }

    [Fact]
    public async Task ReadmeWebhooksExample_RejectsAForgedDelivery_AndIgnoresOtherFamilies()
    {
        const string batch = """{"id":"evt_2","type":"batch.completed","created_at":1750000000,"data":{"id":"batch_1"}}""";
        var forged = SignedNow(batch);
        forged["webhook-signature"] = WebhookSigner.Sign("whsec_YW5vdGhlci1zZWNyZXQtZm9yLXJvdGF0aW9uLTY3ODkw", "msg_readme", long.Parse(forged["webhook-timestamp"], CultureInfo.InvariantCulture), batch);

        Assert.Equal("rejected: NoMatchingSignature", await WebhooksExampleAsync(_api.CreateClient(), WebhookSecret, batch, forged, CancellationToken.None));
        Assert.Equal("ignored: batch.completed", await WebhooksExampleAsync(_api.CreateClient(), WebhookSecret, batch, SignedNow(batch), CancellationToken.None));
        Assert.Empty(_api.Requests);
    }

    private static Dictionary<string, string> SignedNow(string body) =>
        WebhookSigner.SignedHeaders(WebhookSecret, "msg_readme", DateTimeOffset.UtcNow.ToUnixTimeSeconds(), body);

    private static async Task<string> WebhooksExampleAsync(
        ResponsesClient client, string webhookSecret, string body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        // begin-snippet: readme-webhooks
        // Once, at startup: the endpoint's signing secret (whsec_…) from the OpenAI dashboard.
        var verifier = new ResponsesWebhookVerifier(webhookSecret);

        // Per delivery: the body exactly as received (text or UTF-8 bytes) and the request headers.
        WebhookEvent webhookEvent;
        try
        {
            webhookEvent = verifier.Unwrap(body, headers);
        }
        catch (WebhookVerificationException ex)
        {
            return $"rejected: {ex.Reason}"; // not from OpenAI, altered, or too old: do not act on it (401 or 400)
        }

        switch (webhookEvent)
        {
            case ResponseCompletedWebhookEvent completed:
                ModelResponse response = await client.RetrieveAsync(completed.ResponseId, cancellationToken);
                return $"done: {response.OutputText}";
            case ResponseWebhookEvent ended: // failed, cancelled or incomplete
                return $"{ended.Type}: {ended.ResponseId}";
            default: // batch.*, eval.run.*, fine_tuning.job.*, *.call.incoming, or an UnknownWebhookEvent
                return $"ignored: {webhookEvent.Type}";
        }
        // end-snippet
    }
}
