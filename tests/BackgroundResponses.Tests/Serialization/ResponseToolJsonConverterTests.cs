using System.Text.Json;

namespace BackgroundResponses.Tests.Serialization;

public class ResponseToolJsonConverterTests
{
    private static string Write(params ResponseTool[] tools) =>
        JsonSerializer.Serialize(new CreateResponseRequest { Tools = tools }, ResponsesJsonContext.Default.CreateResponseRequest);

    private static IList<ResponseTool> Read(string toolsJson) =>
        JsonSerializer.Deserialize($$"""{"tools":{{toolsJson}}}""", ResponsesJsonContext.Default.CreateResponseRequest)!.Tools!;

    [Fact]
    public void FunctionTool_WritesSpecShape()
    {
        var tool = FunctionTool.Create("add", "Adds two numbers.", """{"type":"object","properties":{"a":{"type":"number"},"b":{"type":"number"}}}""");

        JsonAssert.Equal(
            """{"tools":[{"type":"function","name":"add","description":"Adds two numbers.","parameters":{"type":"object","properties":{"a":{"type":"number"},"b":{"type":"number"}}}}]}""",
            Write(tool));
    }

    [Fact]
    public void FunctionTool_WithOnlyName_WritesTypeAndName()
    {
        JsonAssert.Equal("""{"tools":[{"type":"function","name":"ping"}]}""", Write(FunctionTool.Create("ping")));
    }

    [Fact]
    public void FunctionTool_Create_ValidatesArguments()
    {
        Assert.Throws<ArgumentException>(() => FunctionTool.Create(""));
        Assert.ThrowsAny<JsonException>(() => FunctionTool.Create("f", null, "{not json"));
    }

    [Fact]
    public void FunctionTool_ExtensionDataIsWritten()
    {
        var tool = FunctionTool.Create("f");
        tool.AdditionalProperties = new Dictionary<string, JsonElement> { ["cache_hint"] = JsonDocument.Parse("true").RootElement };

        JsonAssert.Equal("""{"tools":[{"type":"function","name":"f","cache_hint":true}]}""", Write(tool));
    }

    [Fact]
    public void RawTool_IsWrittenVerbatim()
    {
        var json = """{"type":"mcp","server_label":"deepwiki","server_url":"https://mcp.deepwiki.com/mcp","require_approval":"never"}""";

        var tool = RawResponseTool.FromJson(json);

        Assert.Equal("mcp", tool.Type);
        JsonAssert.Equal($$"""{"tools":[{{json}}]}""", Write(tool));
    }

    [Fact]
    public void RawTool_RequiresTypedObject()
    {
        Assert.Throws<ArgumentException>(() => RawResponseTool.FromJson("""{"name":"x"}"""));
        Assert.Throws<ArgumentException>(() => RawResponseTool.FromJson("[]"));
    }

    [Fact]
    public void Read_FunctionTool()
    {
        var tool = Assert.IsType<FunctionTool>(Assert.Single(Read("""[{"type":"function","name":"f","description":"d","parameters":{"type":"object"},"strict":true,"output_schema":{"type":"string"},"defer_loading":true,"allowed_callers":["programmatic"],"cost":1}]""")));

        Assert.Equal("f", tool.Name);
        Assert.Equal("d", tool.Description);
        Assert.Equal("object", tool.Parameters!.Value.GetProperty("type").GetString());
        Assert.True(tool.Strict);
        Assert.Equal("string", tool.OutputSchema!.Value.GetProperty("type").GetString());
        Assert.True(tool.DeferLoading);
        Assert.Equal([ToolCaller.Programmatic], tool.AllowedCallers!);
        Assert.Equal(["cost"], tool.AdditionalProperties!.Keys);
    }

    [Fact]
    public void Read_HostedToolIsTyped()
    {
        var tool = Assert.IsType<WebSearchTool>(Assert.Single(Read("""[{"type":"web_search","search_context_size":"high"}]""")));

        Assert.Equal("web_search", tool.Type);
        Assert.Equal(SearchContextSize.High, tool.SearchContextSize);
    }

    [Fact]
    public void Read_UnknownToolBecomesRaw()
    {
        var tool = Assert.IsType<RawResponseTool>(Assert.Single(Read("""[{"type":"crystal_ball","clarity":"high"}]""")));

        Assert.Equal("crystal_ball", tool.Type);
        Assert.Equal("high", tool.Json.GetProperty("clarity").GetString());
    }

    [Fact]
    public void Read_ToolWithoutType_Throws()
    {
        Assert.ThrowsAny<JsonException>(() => Read("""[{"name":"x"}]"""));
    }
}
