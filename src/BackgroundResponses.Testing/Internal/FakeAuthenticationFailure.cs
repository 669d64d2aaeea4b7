namespace BackgroundResponses.Testing;

/// <summary>Why <see cref="FakeAuthentication.Check"/> refused a request, which picks the error body.</summary>
internal enum FakeAuthenticationFailure
{
    /// <summary>Not refused.</summary>
    None,

    /// <summary>No <c>Authorization</c> header where OpenAI wants a key: OpenAI's "You didn't provide an API key".</summary>
    MissingKey,

    /// <summary>A wrong <c>Bearer</c> key: OpenAI's <c>invalid_api_key</c>.</summary>
    InvalidKey,

    /// <summary>A missing or wrong key in the key header: Azure's "Access denied due to invalid subscription key".</summary>
    InvalidAzureKey,

    /// <summary>A missing, refused or expired bearer token: Azure's "Access token is missing, invalid, …" and a challenge.</summary>
    InvalidToken,
}
