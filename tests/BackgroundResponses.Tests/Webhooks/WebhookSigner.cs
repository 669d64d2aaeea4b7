using System.Security.Cryptography;
using System.Text;

namespace BackgroundResponses.Tests.Webhooks;

/// <summary>A test-only signer written straight from the Standard Webhooks spec, independent of the verifier's code.</summary>
internal static class WebhookSigner
{
    public const string VectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    public const string VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    public const long VectorTimestamp = 1614265330;
    public const string VectorBody = """{"test": 2432232314}""";
    public const string VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret);
        var content = Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    public static Dictionary<string, string> Headers(string id, long timestamp, string signature) => new()
    {
        ["webhook-id"] = id,
        ["webhook-timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["webhook-signature"] = signature,
    };

    public static Dictionary<string, string> SignedHeaders(string secret, string id, long timestamp, string body) =>
        Headers(id, timestamp, Sign(secret, id, timestamp, body));
}
