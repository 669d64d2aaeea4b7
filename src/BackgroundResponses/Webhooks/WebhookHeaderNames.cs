namespace BackgroundResponses;

/// <summary>The names of the Standard Webhooks headers OpenAI signs every webhook delivery with; header names are case-insensitive.</summary>
public static class WebhookHeaderNames
{
    /// <summary>The <c>webhook-id</c> header: the unique ID of the delivery, part of the signed content.</summary>
    public const string Id = "webhook-id";

    /// <summary>The <c>webhook-timestamp</c> header: when the delivery was signed, in unix seconds.</summary>
    public const string Timestamp = "webhook-timestamp";

    /// <summary>The <c>webhook-signature</c> header: space-separated <c>v1,&lt;base64&gt;</c> signatures, one per active secret.</summary>
    public const string Signature = "webhook-signature";
}
