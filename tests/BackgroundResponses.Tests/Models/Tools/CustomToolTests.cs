namespace BackgroundResponses.Tests.Models.Tools;

public class CustomToolTests
{
    [Fact]
    public void GrammarFormat_RoundTrips()
    {
        var tool = ToolJson.RoundTrip<CustomTool>("""
            {"type":"custom","name":"math_exp","description":"Creates valid mathematical expressions","defer_loading":false,"allowed_callers":["direct"],
             "format":{"type":"grammar","syntax":"lark","definition":"start: expr\nexpr: NUMBER \"+\" NUMBER\n%import common.NUMBER"}}
            """);

        Assert.Equal("math_exp", tool.Name);
        Assert.Equal("Creates valid mathematical expressions", tool.Description);
        Assert.False(tool.DeferLoading);
        var grammar = Assert.IsType<CustomGrammarFormat>(tool.Format);
        Assert.Equal(GrammarSyntax.Lark, grammar.Syntax);
        Assert.StartsWith("start: expr\n", grammar.Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAndUnknownFormats_RoundTrip()
    {
        Assert.IsType<CustomTextFormat>(ToolJson.RoundTrip<CustomTool>("""{"type":"custom","name":"echo","format":{"type":"text"}}""").Format);

        var unknown = Assert.IsType<UnknownCustomToolFormat>(ToolJson.RoundTrip<CustomTool>("""{"type":"custom","name":"x","format":{"type":"json_lines","schema":{}}}""").Format);
        Assert.Equal("json_lines", unknown.Type);
    }

    [Fact]
    public void Create_WritesSpecShape()
    {
        JsonAssert.Equal(
            """{"type":"custom","name":"digits","format":{"type":"grammar","syntax":"regex","definition":"^\\d+$"}}""",
            ToolJson.Write(CustomTool.Create("digits", format: CustomGrammarFormat.Create(GrammarSyntax.Regex, @"^\d+$"))));
        JsonAssert.Equal("""{"type":"custom","name":"echo","description":"d","format":{"type":"text"}}""", ToolJson.Write(CustomTool.Create("echo", "d", new CustomTextFormat())));
        Assert.Throws<ArgumentException>(() => CustomTool.Create(" "));
    }

    [Fact]
    public void UnknownProperties_RoundTrip()
    {
        var tool = ToolJson.RoundTrip<CustomTool>("""{"type":"custom","name":"x","cost":3,"format":{"type":"grammar","syntax":"regex","definition":"a","flags":"i"}}""");

        Assert.Equal(["cost"], tool.AdditionalProperties!.Keys);
        Assert.Equal(["flags"], tool.Format!.AdditionalProperties!.Keys);
    }
}
