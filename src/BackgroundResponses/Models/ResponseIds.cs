namespace BackgroundResponses;

/// <summary>
/// What a response id may look like. It lives with the models so that a model (a resume token) can check one
/// without reaching into the HTTP layer, which escapes ids into paths and relies on these rules.
/// </summary>
internal static class ResponseIds
{
    /// <summary>Checks that <paramref name="responseId"/> can name a response and nothing else.</summary>
    /// <exception cref="ArgumentNullException">The id is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The id is empty, contains whitespace or control characters, or is a dot segment.</exception>
    public static void Validate(string responseId, string paramName)
    {
        ArgumentNullException.ThrowIfNull(responseId, paramName);
        if (responseId.Length == 0)
        {
            throw new ArgumentException("The response id must not be empty.", paramName);
        }

        foreach (var c in responseId)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new ArgumentException("The response id must not contain whitespace or control characters.", paramName);
            }
        }

        // Escaping leaves '.' alone, and URI normalisation would turn "responses/.." into the parent path.
        if (responseId is "." or "..")
        {
            throw new ArgumentException("The response id must not be '.' or '..'.", paramName);
        }
    }
}
