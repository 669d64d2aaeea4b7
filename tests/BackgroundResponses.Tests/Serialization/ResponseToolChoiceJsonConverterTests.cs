using System.Text.Json;

namespace BackgroundResponses.Tests.Serialization;

public class ResponseToolChoiceJsonConverterTests
{
    private static string Write(ResponseToolChoice choice) =>
        JsonSerializer.Serialize(new CreateResponseRequest { ToolChoice = choice }, ResponsesJsonContext.Default.CreateResponseRequest);

    private static ResponseToolChoice Read(string choiceJson) =>
        JsonSerializer.Deserialize($$"""{"tool_choice":{{choiceJson}}}""", ResponsesJsonContext.Default.CreateResponseRequest)!.ToolChoice!;

    [Theory]
    [InlineData("none")]
    [InlineData("auto")]
    [InlineData("required")]
    public void Modes_AreWrittenAsStrings(string mode)
    {
        var choice = mode switch
        {
            "none" => ResponseToolChoice.None,
            "auto" => ResponseToolChoice.Auto,
            _ => ResponseToolChoice.Required,
        };

        JsonAssert.Equal($$"""{"tool_choice":"{{mode}}"}""", Write(choice));
        Assert.Equal(mode, choice.Mode);
        Assert.Null(choice.FunctionName);
    }

    [Fact]
    public void ForFunction_WritesFunctionObject()
    {
        var choice = ResponseToolChoice.ForFunction("get_weather");

        JsonAssert.Equal("""{"tool_choice":{"type":"function","name":"get_weather"}}""", Write(choice));
        Assert.Equal("get_weather", choice.FunctionName);
        Assert.Null(choice.Mode);
    }

    [Fact]
    public void ForFunction_RejectsBlankName()
    {
        Assert.Throws<ArgumentException>(() => ResponseToolChoice.ForFunction(" "));
    }

    [Fact]
    public void FromJson_WritesOtherShapesVerbatim()
    {
        var json = """{"type":"allowed_tools","mode":"auto","tools":[{"type":"function","name":"a"},{"type":"web_search"}]}""";

        var choice = ResponseToolChoice.FromJson(JsonDocument.Parse(json).RootElement);

        JsonAssert.Equal($$"""{"tool_choice":{{json}}}""", Write(choice));
        Assert.Null(choice.FunctionName);
    }

    [Fact]
    public void Read_String()
    {
        var choice = Read("\"required\"");

        Assert.Equal("required", choice.Mode);
        Assert.Null(choice.Json);
    }

    [Fact]
    public void Read_UnknownModeIsKept()
    {
        JsonAssert.Equal("""{"tool_choice":"sometimes"}""", Write(Read("\"sometimes\"")));
    }

    [Fact]
    public void Read_Object()
    {
        var choice = Read("""{"type":"function","name":"f"}""");

        Assert.Equal("f", choice.FunctionName);
        JsonAssert.Equal("""{"tool_choice":{"type":"function","name":"f"}}""", Write(choice));
    }

    [Fact]
    public void Read_OtherObjectIsKeptVerbatim()
    {
        var choice = Read("""{"type":"mcp","server_label":"deepwiki","name":"ask"}""");

        Assert.Null(choice.FunctionName);
        Assert.Equal("deepwiki", choice.Json!.Value.GetProperty("server_label").GetString());
    }
}
