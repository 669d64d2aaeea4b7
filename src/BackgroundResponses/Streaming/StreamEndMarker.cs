namespace BackgroundResponses;

/// <summary>What the decoder returns for <c>data: [DONE]</c>: never handed to callers.</summary>
internal sealed class StreamEndMarker : ResponseStreamEvent
{
    public static readonly StreamEndMarker Instance = new();

    private StreamEndMarker()
    {
    }

    public override string Type => "[DONE]";
}
