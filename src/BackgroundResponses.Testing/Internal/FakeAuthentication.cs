using Microsoft.AspNetCore.Http;

namespace BackgroundResponses.Testing;

/// <summary>
/// How a <see cref="FakeResponsesServer"/> checks credentials, fixed when it starts: no check, an API key (as
/// <c>Authorization: Bearer …</c> or in a header of its own, as Azure OpenAI's <c>api-key</c>), or bearer tokens a callback accepts.
/// </summary>
internal sealed class FakeAuthentication
{
    /// <summary>Azure OpenAI's answer to a missing or wrong <c>api-key</c>.</summary>
    public const string AzureKeyMessage =
        "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.";

    /// <summary>Azure OpenAI's answer to a missing, invalid or expired Microsoft Entra ID token.</summary>
    public const string AzureTokenMessage =
        "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.";

    /// <summary>The <c>WWW-Authenticate</c> challenge sent with <see cref="AzureTokenMessage"/>.</summary>
    public const string BearerChallenge = "Bearer error=\"invalid_token\"";

    private const string BearerPrefix = "Bearer ";

    private readonly string? _apiKey;
    private readonly Func<string, bool>? _tokenValidator;

    private FakeAuthentication(string? apiKey, string? apiKeyHeaderName, Func<string, bool>? tokenValidator)
    {
        _apiKey = apiKey;
        ApiKeyHeaderName = apiKeyHeaderName;
        _tokenValidator = tokenValidator;
    }

    /// <summary>Gets the header the key arrives in; <see langword="null"/> for <c>Authorization: Bearer</c>.</summary>
    public string? ApiKeyHeaderName { get; }

    /// <summary>Gets a value indicating whether requests need a bearer token a callback accepts.</summary>
    public bool RequiresBearerToken => _tokenValidator is not null;

    /// <summary>Checks the credential settings and fixes them for the server's life.</summary>
    /// <exception cref="ArgumentException">Both an API key and a token validator are set, or the header name is not one.</exception>
    public static FakeAuthentication From(FakeResponsesServerOptions options)
    {
        if (options.ApiKey is not null && options.BearerTokenValidator is not null)
        {
            throw new ArgumentException(
                $"Set either {nameof(FakeResponsesServerOptions.ApiKey)} or {nameof(FakeResponsesServerOptions.BearerTokenValidator)}, not both: a request carries one credential.",
                nameof(options));
        }

        if (options.ApiKeyHeaderName is { } header)
        {
            if (header.Length == 0 || !header.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal)))
            {
                throw new ArgumentException(
                    $"{nameof(FakeResponsesServerOptions.ApiKeyHeaderName)} must be an HTTP header name such as api-key (letters, digits and !#$%&'*+-.^_`|~).",
                    nameof(options));
            }

            if (string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException(
                    $"{nameof(FakeResponsesServerOptions.ApiKeyHeaderName)} must not be Authorization; leave it null to require Authorization: Bearer.",
                    nameof(options));
            }

            if (options.BearerTokenValidator is not null)
            {
                throw new ArgumentException(
                    $"{nameof(FakeResponsesServerOptions.ApiKeyHeaderName)} names the API key's header, and {nameof(FakeResponsesServerOptions.BearerTokenValidator)} asks for bearer tokens instead of a key.",
                    nameof(options));
            }
        }

        return new FakeAuthentication(options.ApiKey, options.ApiKeyHeaderName, options.BearerTokenValidator);
    }

    /// <summary>
    /// The path base in the form routes are joined to: <c>/v1</c>, <c>/openai/v1</c>, or empty for the root.
    /// </summary>
    /// <exception cref="ArgumentException">The path base is missing, does not start with a slash, or holds characters other than letters, digits, <c>-._~</c> and slashes.</exception>
    public static string NormalizePathBase(string? pathBase)
    {
        const string Name = nameof(FakeResponsesServerOptions.PathBase);
        if (string.IsNullOrEmpty(pathBase) || pathBase[0] != '/')
        {
            throw new ArgumentException($"{Name} must start with '/', for example /v1 or /openai/v1 (/ alone for the root); got '{pathBase}'.", nameof(pathBase));
        }

        var trimmed = pathBase.EndsWith('/') ? pathBase[..^1] : pathBase;
        if (trimmed.Length == 0)
        {
            return string.Empty;
        }

        var segments = trimmed[1..].Split('/');
        if (segments.Any(segment => segment.Length == 0 || segment is "." or ".." || !segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')))
        {
            throw new ArgumentException(
                $"{Name} must be segments of letters, digits and -._~ between single slashes, for example /v1 or /openai/v1; got '{pathBase}'.",
                nameof(pathBase));
        }

        return trimmed;
    }

    /// <summary>Whether a header's value is a credential, to be redacted in the request log.</summary>
    public bool IsSecretHeader(string name) =>
        string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, ResponsesClientOptions.AzureApiKeyHeaderName, StringComparison.OrdinalIgnoreCase)
        || (ApiKeyHeaderName is not null && string.Equals(name, ApiKeyHeaderName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Checks the request's credential.</summary>
    /// <returns><see cref="FakeAuthenticationFailure.None"/> when the request may go on; otherwise how to refuse it.</returns>
    public FakeAuthenticationFailure Check(HttpRequest request)
    {
        if (_tokenValidator is not null)
        {
            var authorization = request.Headers.Authorization.ToString();
            if (!authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return FakeAuthenticationFailure.InvalidToken;
            }

            var token = authorization[BearerPrefix.Length..].Trim();
            return token.Length > 0 && _tokenValidator(token) ? FakeAuthenticationFailure.None : FakeAuthenticationFailure.InvalidToken;
        }

        if (_apiKey is null)
        {
            return FakeAuthenticationFailure.None;
        }

        if (ApiKeyHeaderName is not null)
        {
            var values = request.Headers[ApiKeyHeaderName];
            return values.Count == 1 && string.Equals(values[0], _apiKey, StringComparison.Ordinal)
                ? FakeAuthenticationFailure.None
                : FakeAuthenticationFailure.InvalidAzureKey;
        }

        var bearer = request.Headers.Authorization.ToString();
        return bearer.Length == 0 ? FakeAuthenticationFailure.MissingKey
            : string.Equals(bearer, BearerPrefix + _apiKey, StringComparison.Ordinal) ? FakeAuthenticationFailure.None
            : FakeAuthenticationFailure.InvalidKey;
    }
}
