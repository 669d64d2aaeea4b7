namespace BackgroundResponses.Tests.TestSupport.Network;

/// <summary>One HTTP request seen by a <see cref="FaultProxy"/>, as its plan function is shown it.</summary>
/// <param name="ConnectionId">The proxy's number for the client connection (1 for the first accepted).</param>
/// <param name="Index">The request's place on that connection: 0 for the first, 1 for the next one on a kept-alive connection.</param>
/// <param name="Method">The request method, for example <c>POST</c>.</param>
/// <param name="Target">The request target: path and query.</param>
/// <param name="Headers">The request headers (names case-insensitive; a repeated header keeps its last value).</param>
internal sealed record ProxyExchange(int ConnectionId, int Index, string Method, string Target, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>Whether this request opens an event stream: a streaming create or a <c>?stream=true</c> retrieve.</summary>
    public bool IsStream =>
        (Method == "POST" && Target.EndsWith("/responses", StringComparison.Ordinal))
        || (Method == "GET" && Target.Contains("stream=true", StringComparison.Ordinal));

    /// <summary>The <c>starting_after</c> of a resume, or <see langword="null"/>.</summary>
    public int? StartingAfter
    {
        get
        {
            const string Key = "starting_after=";
            var at = Target.IndexOf(Key, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var digits = Target.AsSpan(at + Key.Length);
            var end = digits.IndexOf('&');
            return int.Parse(end < 0 ? digits : digits[..end], System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
