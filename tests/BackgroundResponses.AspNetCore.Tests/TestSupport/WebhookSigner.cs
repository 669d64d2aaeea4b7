using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace BackgroundResponses.AspNetCore.Tests.TestSupport;

/// <summary>Signs test deliveries the way OpenAI does (Standard Webhooks): HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c>.</summary>
public static class WebhookSigner
{
    /// <summary>The raw key behind <see cref="Secret"/>; fixed, so failures are reproducible.</summary>
    public static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray();

    /// <summary>The secret as the OpenAI dashboard shows it.</summary>
    public static readonly string Secret = "whsec_" + Convert.ToBase64String(Key);

    /// <summary>Another valid secret, which OpenAI did not sign with.</summary>
    public static readonly string OtherSecret = "whsec_" + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 11)).ToArray());

    public static string Sign(string id, long timestamp, string body, byte[]? key = null)
    {
        var signature = HMACSHA256.HashData(key ?? Key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(signature);
    }

    /// <summary>A signed POST of <paramref name="body"/> to <paramref name="path"/>.</summary>
    public static HttpRequestMessage Request(string path, string id, DateTimeOffset now, string body, byte[]? key = null)
    {
        var timestamp = now.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", Sign(id, timestamp, body, key));
        return request;
    }

    /// <summary>The body of a <c>response.completed</c> event, as OpenAI sends it.</summary>
    public static string CompletedEvent(string eventId = "evt_685343a1381c819085d44c354e1b330e", string responseId = "resp_abc123") =>
        "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"created_at\":1750287018,\"type\":\"response.completed\",\"data\":{\"id\":\"" + responseId + "\"}}";
}
