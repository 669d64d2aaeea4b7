namespace BackgroundResponses;

/// <summary>Unconstrained text input for a <see cref="CustomTool"/> (spec <c>CustomTextFormatParam</c>).</summary>
public sealed class CustomTextFormat : CustomToolFormat
{
    /// <summary>The wire discriminator of this format.</summary>
    public const string TypeValue = "text";

    /// <summary>Gets <c>text</c>.</summary>
    public override string Type => TypeValue;
}
