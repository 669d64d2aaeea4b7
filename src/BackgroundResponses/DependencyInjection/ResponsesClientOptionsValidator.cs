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
        if (options.ResolveApiKey() is null && options.BearerTokenProvider is null)
        {
            Fail(ResponsesClientOptions.MissingCredentialMessage("for example the 'ApiKey' key of the bound configuration section"));
        }

        // The rules live with the options; only the key's absence is worded for configuration here.
        foreach (var problem in options.GetProblems())
        {
            Fail(problem.ToString());
        }

        return failures is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
