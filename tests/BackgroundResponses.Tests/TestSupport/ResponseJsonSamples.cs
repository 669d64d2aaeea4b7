namespace BackgroundResponses.Tests;

/// <summary>JSON fragments for hand-written response documents.</summary>
internal static class ResponseJsonSamples
{
    /// <summary>
    /// The spec's required <c>Response</c> properties other than <c>id</c>, <c>created_at</c>, <c>output</c> and
    /// <c>error</c>, with the values the server sends for a plain text request; the SDK always writes these, so a
    /// document that lacks them does not come back unchanged.
    /// </summary>
    public const string OtherRequiredProperties =
        """
        "object":"response","model":"gpt-4.1-mini","incomplete_details":null,"instructions":null,"metadata":{},
        "parallel_tool_calls":true,"temperature":1,"tool_choice":"auto","tools":[],"top_p":1
        """;
}
