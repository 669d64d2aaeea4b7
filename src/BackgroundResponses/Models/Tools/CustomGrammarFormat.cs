namespace BackgroundResponses;

/// <summary>Input for a <see cref="CustomTool"/> constrained by a grammar (spec <c>CustomGrammarFormatParam</c>).</summary>
public sealed class CustomGrammarFormat : CustomToolFormat
{
    /// <summary>The wire discriminator of this format.</summary>
    public const string TypeValue = "grammar";

    /// <summary>Gets <c>grammar</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets the syntax of <see cref="Definition"/>; required by the API.</summary>
    public GrammarSyntax? Syntax { get; set; }

    /// <summary>Gets or sets the grammar; required by the API.</summary>
    public string? Definition { get; set; }

    /// <summary>Creates a grammar format.</summary>
    /// <param name="syntax">The syntax, for example <see cref="GrammarSyntax.Lark"/>.</param>
    /// <param name="definition">The grammar.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException"><paramref name="definition"/> is null or empty.</exception>
    public static CustomGrammarFormat Create(GrammarSyntax syntax, string definition)
    {
        ArgumentException.ThrowIfNullOrEmpty(definition);
        return new CustomGrammarFormat { Syntax = syntax, Definition = definition };
    }
}
