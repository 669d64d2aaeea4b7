namespace BackgroundResponses.Tests;

/// <summary>
/// Where a recorded document may hold a <c>null</c> that the SDK leaves out on write: properties the spec gives a schema
/// without requiring them. A required property (<c>error</c>, <c>instructions</c>, <c>temperature</c>, …) is always
/// written, so it is not here; nor is any property the SDK does not model, which must come back as it was.
/// </summary>
internal static class KnownOptionalNulls
{
    /// <summary>Paths inside a <c>Response</c> object: its optional properties and those of its nested option objects.</summary>
    public static readonly string[] InResponse =
    [
        "status", "background", "completed_at", "usage", "previous_response_id", "service_tier", "store", "max_output_tokens",
        "conversation", "max_tool_calls", "text", "top_logprobs", "truncation", "prompt", "prompt_cache_key", "prompt_cache_options",
        "prompt_cache_retention", "safety_identifier", "user", "moderation",
        "reasoning", "reasoning.mode", "reasoning.effort", "reasoning.summary", "reasoning.context", "reasoning.generate_summary",
    ];

    /// <summary>The same paths inside a stream event that carries a response.</summary>
    public static readonly string[] InResponseEvent = [.. InResponse.Select(path => "response." + path)];
}
