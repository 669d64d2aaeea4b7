using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace BackgroundResponses.Benchmarks;

/// <summary>One webhook delivery of a typical <c>response.completed</c> event: verify the signature, then read the event.</summary>
[MemoryDiagnoser]
public class WebhookBenchmarks
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const long Timestamp = 1_750_287_020;
    private const string Body = """{"id":"evt_685343a1381c819085d44c354e1b330e","type":"response.completed","created_at":1750287018,"data":{"id":"resp_685343a0b2d08198a08a5c46d9a2a19a0e31d47b8d7c7a1e"},"object":"event"}""";

    private readonly byte[] _utf8Body = Encoding.UTF8.GetBytes(Body);
    private readonly ResponsesWebhookVerifier _verifier = new(Secret, new FixedClock(DateTimeOffset.FromUnixTimeSeconds(Timestamp)));
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["webhook-id"] = "msg_2yYvqMqDgXOWbsRdsbUvb9g9Clx",
        ["webhook-timestamp"] = Timestamp.ToString(CultureInfo.InvariantCulture),
        ["webhook-signature"] = Sign("msg_2yYvqMqDgXOWbsRdsbUvb9g9Clx"),
    };

    [Benchmark(Baseline = true)]
    public WebhookEvent UnwrapBytes() => _verifier.Unwrap(_utf8Body, _headers);

    [Benchmark]
    public WebhookEvent UnwrapString() => _verifier.Unwrap(Body, _headers);

    [Benchmark]
    public void VerifyBytes() => _verifier.Verify(_utf8Body, _headers);

    private static string Sign(string id)
    {
        var key = Convert.FromBase64String(Secret["whsec_".Length..]);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{id}.{Timestamp}.{Body}")));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
