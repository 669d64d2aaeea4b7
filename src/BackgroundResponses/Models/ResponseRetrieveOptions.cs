namespace BackgroundResponses;

/// <summary>
/// The query options of <c>GET /responses/{id}</c>, for a plain retrieve and for a stream of the same response
/// (where every reconnection sends them again, so resumed events look like the first ones).
/// </summary>
public class ResponseRetrieveOptions
{
    /// <summary>Gets or sets extra data to include in the response, sent as <c>include[]</c> values such as <see cref="ResponseIncludable.ReasoningEncryptedContent"/>.</summary>
    /// <value>The default is <see langword="null"/>: nothing extra.</value>
    public IList<ResponseIncludable>? Include { get; set; }

    /// <summary>
    /// Gets or sets whether streamed delta events carry random <c>obfuscation</c> padding that normalizes payload sizes
    /// against side-channel attacks (<c>include_obfuscation</c>). Only streams are affected; <see langword="false"/>
    /// saves bandwidth on trusted network links.
    /// </summary>
    /// <value>The default is <see langword="null"/>: not sent, and the server includes the padding.</value>
    public bool? IncludeObfuscation { get; set; }

    /// <summary>Adds these options to <paramref name="query"/>.</summary>
    internal QueryString AppendTo(QueryString query)
    {
        query.AddIncludes(Include);
        if (IncludeObfuscation is { } obfuscation)
        {
            query.Add("include_obfuscation", obfuscation);
        }

        return query;
    }
}
