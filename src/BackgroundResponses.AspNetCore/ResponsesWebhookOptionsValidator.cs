using Microsoft.Extensions.Options;

namespace BackgroundResponses.AspNetCore;

/// <summary>
/// Checks <see cref="ResponsesWebhookOptions"/> when the host starts, so that a missing secret stops the application
/// at once instead of turning every delivery into a <c>401</c> that OpenAI retries for days. Hand-written rather than
/// DataAnnotations: the secret may come from three places, and the check must stay trimming-safe.
/// </summary>
internal sealed class ResponsesWebhookOptionsValidator : IValidateOptions<ResponsesWebhookOptions>
{
    private const string NotASecret = "is not a valid webhook signing secret: expected 'whsec_' followed by base64, as the OpenAI dashboard shows it.";

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, ResponsesWebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string>? failures = null;
        void Fail(string message) => (failures ??= []).Add(message);

        // Messages name settings, never values: a secret must not end up in a startup log.
        if (options.GetAllSecrets().Count == 0)
        {
            Fail($"No webhook signing secret: set {nameof(ResponsesWebhookOptions)}.{nameof(ResponsesWebhookOptions.Secret)} (for example the 'Secret' key of the '{ResponsesWebhookOptions.DefaultConfigurationSection}' configuration section), or the {ResponsesWebhookOptions.SecretEnvironmentVariable} configuration key or environment variable. The secret is shown once, when the endpoint is created in the OpenAI dashboard.");
        }

        if (!string.IsNullOrWhiteSpace(options.Secret) && !IsWellFormed(options.Secret))
        {
            Fail($"{nameof(ResponsesWebhookOptions)}.{nameof(ResponsesWebhookOptions.Secret)} {NotASecret}");
        }

        for (var i = 0; i < options.Secrets.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Secrets[i]))
            {
                Fail($"{nameof(ResponsesWebhookOptions)}.{nameof(ResponsesWebhookOptions.Secrets)}[{i}] is empty.");
            }
            else if (!IsWellFormed(options.Secrets[i]))
            {
                Fail($"{nameof(ResponsesWebhookOptions)}.{nameof(ResponsesWebhookOptions.Secrets)}[{i}] {NotASecret}");
            }
        }

        if (options.Tolerance <= TimeSpan.Zero || options.Tolerance > ResponsesWebhookVerifierOptions.MaxTolerance)
        {
            Fail($"{nameof(ResponsesWebhookOptions)}.{nameof(ResponsesWebhookOptions.Tolerance)} must be positive and at most {ResponsesWebhookVerifierOptions.MaxTolerance} (a wider window lets replayed deliveries pass); it is {options.Tolerance}.");
        }

        if (options.MaxBodyBytes <= 0)
        {
            Fail($"{nameof(ResponsesWebhookOptions)}.{nameof(ResponsesWebhookOptions.MaxBodyBytes)} must be positive; it is {options.MaxBodyBytes}.");
        }
        else if (options.MaxBodyBytes > Array.MaxLength)
        {
            Fail($"{nameof(ResponsesWebhookOptions)}.{nameof(ResponsesWebhookOptions.MaxBodyBytes)} must be at most {Array.MaxLength} (the body is verified in memory); it is {options.MaxBodyBytes}.");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            Fail($"{nameof(ResponsesWebhookOptions)}.{nameof(ResponsesWebhookOptions.DeduplicationWindow)} must be positive; it is {options.DeduplicationWindow}.");
        }

        if (string.IsNullOrEmpty(options.CacheKeyPrefix))
        {
            Fail($"{nameof(ResponsesWebhookOptions)}.{nameof(ResponsesWebhookOptions.CacheKeyPrefix)} must not be empty: the delivery ids would share the cache's key space with everything else in it.");
        }

        return failures is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Whether the verifier accepts <paramref name="secret"/>: it is the one rule for what a secret looks like.</summary>
    private static bool IsWellFormed(string secret)
    {
        try
        {
            _ = new ResponsesWebhookVerifier(secret);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
