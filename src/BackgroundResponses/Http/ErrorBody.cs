using System.Text.Json;

namespace BackgroundResponses;

/// <summary>The <c>error</c> object of an error answer (spec <c>Error</c>).</summary>
/// <remarks>
/// <c>code</c> and <c>param</c> are kept as raw JSON because proxies and compatible servers send
/// numbers or objects where OpenAI sends strings; reading them must never fail the error path.
/// </remarks>
internal sealed class ErrorBody
{
    public string? Message { get; set; }

    public string? Type { get; set; }

    public JsonElement? Code { get; set; }

    public JsonElement? Param { get; set; }
}
