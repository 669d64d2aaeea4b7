using Microsoft.Extensions.Options;

namespace BackgroundResponses;

/// <summary>
/// Checks <see cref="ResponsesClientOptions"/> when the host starts, so that a missing key or a bad address stops
/// the application at once instead of at its first call. Hand-written rather than DataAnnotations: the rules
/// cross fields (the key or its environment variable) and must stay trimming-safe.
/// </summary>
internal sealed class ResponsesClientOptionsValidator : IValidateOptions<ResponsesClientOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, ResponsesClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string>? failures = null;
        void Fail(string message) => (failures ??= []).Add(message);

        // Messages name settings, never values: a misplaced key must not end up in a startup log.
        if (string.IsNullOrWhiteSpace(options.ApiKey)
            && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ResponsesClientOptions.ApiKeyEnvironmentVariable)))
        {
            Fail($"No OpenAI API key: set {nameof(ResponsesClientOptions)}.{nameof(ResponsesClientOptions.ApiKey)} (for example the 'ApiKey' key of the bound configuration section) or the {ResponsesClientOptions.ApiKeyEnvironmentVariable} environment variable.");
        }

        if (options.BaseAddress is { } baseAddress
            && (!baseAddress.IsAbsoluteUri
                || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp)
                || baseAddress.Query.Length > 0
                || baseAddress.Fragment.Length > 0))
        {
            Fail($"{nameof(ResponsesClientOptions.BaseAddress)} must be an absolute http or https address without a query or fragment, such as https://api.openai.com/v1/.");
        }

        if (options.NetworkTimeout <= TimeSpan.Zero && options.NetworkTimeout != Timeout.InfiniteTimeSpan)
        {
            Fail($"{nameof(ResponsesClientOptions.NetworkTimeout)} must be positive or Timeout.InfiniteTimeSpan (-00:00:00.001).");
        }

        if (options.Retry is not { } retry)
        {
            Fail($"{nameof(ResponsesClientOptions.Retry)} must not be null.");
        }
        else
        {
            if (retry.MaxRetries < 0)
            {
                Fail($"{nameof(ResponsesClientOptions.Retry)}.{nameof(HttpRetryOptions.MaxRetries)} must be 0 or more.");
            }

            if (retry.BaseDelay < TimeSpan.Zero)
            {
                Fail($"{nameof(ResponsesClientOptions.Retry)}.{nameof(HttpRetryOptions.BaseDelay)} must not be negative.");
            }

            if (retry.MaxDelay < retry.BaseDelay)
            {
                Fail($"{nameof(ResponsesClientOptions.Retry)}.{nameof(HttpRetryOptions.MaxDelay)} must be at least {nameof(HttpRetryOptions.BaseDelay)}.");
            }

            if (retry.MaxServerDelay < TimeSpan.Zero)
            {
                Fail($"{nameof(ResponsesClientOptions.Retry)}.{nameof(HttpRetryOptions.MaxServerDelay)} must not be negative.");
            }
        }

        if (options.Streaming?.GetValidationError() is { } streamingError)
        {
            Fail(streamingError);
        }

        return failures is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
