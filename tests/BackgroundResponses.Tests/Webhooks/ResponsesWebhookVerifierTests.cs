using System.Text;
using Microsoft.Extensions.Time.Testing;
using static BackgroundResponses.Tests.Webhooks.WebhookSigner;

namespace BackgroundResponses.Tests.Webhooks;

public class ResponsesWebhookVerifierTests
{
    private const string Secret = "whsec_c2VjcmV0LWZvci10aGUtd2ViaG9vay10ZXN0cy0xMjM0NQ==";
    private const string OtherSecret = "whsec_YW5vdGhlci1zZWNyZXQtZm9yLXJvdGF0aW9uLTY3ODkw";
    private const long Now = 1_750_000_000;
    private const string CompletedBody = """{"id":"evt_685343a1381c819085d44c354e1b330e","type":"response.completed","created_at":1750287018,"data":{"id":"resp_abc123"},"object":"event"}""";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(Now));

    [Fact]
    public void StandardWebhooksTestVector_SignsAsPublished()
    {
        Assert.Equal(VectorSignature, Sign(VectorSecret, VectorId, VectorTimestamp, VectorBody));
    }

    [Fact]
    public void StandardWebhooksTestVector_Verifies()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(VectorTimestamp));
        var verifier = new ResponsesWebhookVerifier(VectorSecret, time);
        var headers = Headers(VectorId, VectorTimestamp, VectorSignature);

        verifier.Verify(VectorBody, headers);
        verifier.Verify(Encoding.UTF8.GetBytes(VectorBody), headers);
    }

    [Fact]
    public void Unwrap_SignedResponseCompleted_ReturnsTypedEvent()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);

        var evt = verifier.Unwrap(CompletedBody, SignedHeaders(Secret, "msg_1", Now, CompletedBody));

        var completed = Assert.IsType<ResponseCompletedWebhookEvent>(evt);
        Assert.Equal("resp_abc123", completed.ResponseId);
        Assert.Equal("evt_685343a1381c819085d44c354e1b330e", completed.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750287018), completed.CreatedAt);
        Assert.Equal("event", completed.Object);
    }

    [Fact]
    public void Unwrap_TamperedBody_IsRejected()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var headers = SignedHeaders(Secret, "msg_1", Now, CompletedBody);

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Unwrap(CompletedBody.Replace("abc123", "abc124", StringComparison.Ordinal), headers));

        Assert.Equal(WebhookVerificationFailure.NoMatchingSignature, ex.Reason);
        Assert.Equal(WebhookHeaderNames.Signature, ex.HeaderName);
        Assert.DoesNotContain("abc", ex.Message, StringComparison.Ordinal);
    }
}
