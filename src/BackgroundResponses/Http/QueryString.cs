using System.Text;

namespace BackgroundResponses;

/// <summary>
/// Builds the query of a Responses URI: every value escaped, arrays as repeated <c>name[]</c> parameters (as the
/// official SDKs send <c>include</c>), and the option checks that must run before anything is sent.
/// </summary>
internal sealed class QueryString
{
    private readonly StringBuilder _text = new();

    /// <summary>Appends <paramref name="name"/>=<paramref name="value"/>, the value escaped.</summary>
    public QueryString Add(string name, string value)
    {
        _text.Append(_text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    /// <summary>Appends a boolean the way the API spells it.</summary>
    public QueryString Add(string name, bool value) => Add(name, value ? "true" : "false");

    /// <summary>Appends one <c>include[]</c> per value, in order.</summary>
    public QueryString AddIncludes(IEnumerable<ResponseIncludable>? include)
    {
        if (include is not null)
        {
            foreach (var value in include)
            {
                Add("include[]", value.Value);
            }
        }

        return this;
    }

    /// <summary>The query, starting with <c>?</c>, or empty when nothing was added.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>The query as parameters to append to another query: starting with <c>&amp;</c>, or empty when nothing was added.</summary>
    public string ToContinuation() => _text.Length == 0 ? string.Empty : "&" + _text.ToString(1, _text.Length - 1);

    /// <summary>Checks the <c>include</c> values: an empty one (a <see langword="default"/> struct) would send <c>include[]=</c>, which the API rejects only after the call was made.</summary>
    /// <exception cref="ArgumentException">A value is empty.</exception>
    public static void ValidateIncludes(IEnumerable<ResponseIncludable>? include, string paramName)
    {
        if (include is null)
        {
            return;
        }

        foreach (var value in include)
        {
            if (string.IsNullOrWhiteSpace(value.Value))
            {
                throw new ArgumentException("Include must not contain an empty value.", paramName);
            }
        }
    }
}
