using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using ReferenceWebhook = StandardWebhooks.StandardWebhook;

namespace BackgroundResponses.Tests.Webhooks;

/// <summary>
/// The verifier against a second, independent Standard Webhooks implementation (the StandardWebhooks package): what it
/// signs, the verifier accepts; what the test signer signs, it accepts too, so both sides agree on the scheme.
/// </summary>
public class StandardWebhooksInteropTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    public static TheoryData<string> Bodies() => new()
    {
        """{"id":"evt_1","type":"response.completed","created_at":1750000000,"data":{"id":"resp_1"},"object":"event"}""",
        """{"id":"evt_ü","type":"response.incomplete","created_at":1750000000,"data":{"id":"resp_日本語 🎉"}}""",
        $$"""{"id":"evt_big","type":"batch.completed","created_at":1750000000,"data":{"id":"batch_1"},"pad":"{{new string('z', 300_000)}}"}""",
        "{}",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void SignedByStandardWebhooks_IsVerifiedHere(string body)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_750_000_000);
        var signature = new ReferenceWebhook(Secret).Sign("msg_interop", now, body);
        var verifier = new ResponsesWebhookVerifier(Secret, new FakeTimeProvider(now));
        var headers = WebhookSigner.Headers("msg_interop", now.ToUnixTimeSeconds(), signature);

        Assert.Equal(WebhookSigner.Sign(Secret, "msg_interop", now.ToUnixTimeSeconds(), body), signature);
        verifier.Verify(body, headers);
        verifier.Verify(Encoding.UTF8.GetBytes(body), headers);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void SignedByTheTestSigner_IsVerifiedByBoth(string body)
    {
        // StandardWebhooks checks the timestamp against the real clock, so this one is signed "now".
        var now = DateTimeOffset.UtcNow;
        var signature = WebhookSigner.Sign(Secret, "msg_interop", now.ToUnixTimeSeconds(), body);
        var headers = WebhookSigner.Headers("msg_interop", now.ToUnixTimeSeconds(), signature);
        var aspNetHeaders = new HeaderDictionary();
        foreach (var (name, value) in headers)
        {
            aspNetHeaders[name] = value;
        }

        new ReferenceWebhook(Secret).Verify(body, aspNetHeaders);
        new ResponsesWebhookVerifier(Secret, new FakeTimeProvider(now)).Verify(body, headers);
    }

    [Fact]
    public void BothImplementations_RejectTheSameTamperedBody()
    {
        var now = DateTimeOffset.UtcNow;
        const string body = """{"id":"evt_1","type":"response.completed","created_at":1750000000,"data":{"id":"resp_1"}}""";
        var headers = WebhookSigner.SignedHeaders(Secret, "msg_1", now.ToUnixTimeSeconds(), body);
        var aspNetHeaders = new HeaderDictionary();
        foreach (var (name, value) in headers)
        {
            aspNetHeaders[name] = value;
        }

        var tampered = body.Replace("resp_1", "resp_2", StringComparison.Ordinal);

        Assert.Throws<StandardWebhooks.Diagnostics.WebhookVerificationException>(() => new ReferenceWebhook(Secret).Verify(tampered, aspNetHeaders));
        Assert.Throws<WebhookVerificationException>(() => new ResponsesWebhookVerifier(Secret, new FakeTimeProvider(now)).Verify(tampered, headers));
    }
}
