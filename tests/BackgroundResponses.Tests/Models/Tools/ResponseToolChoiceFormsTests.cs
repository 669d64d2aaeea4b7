using System.Text.Json;

namespace BackgroundResponses.Tests.Models.Tools;

public class ResponseToolChoiceFormsTests
{
    private static string Write(ResponseToolChoice choice) =>
        JsonSerializer.Serialize(new CreateResponseRequest { ToolChoice = choice }, ResponsesJsonContext.Default.CreateResponseRequest);

    private static ResponseToolChoice RoundTrip(string choiceJson)
    {
        var json = $$"""{"tool_choice":{{choiceJson}}}""";
        var choice = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.CreateResponseRequest)!.ToolChoice!;
        JsonAssert.Equal(json, Write(choice));
        return choice;
    }

    [Fact]
    public void AllowedTools_RoundTrips_WithTypedTools()
    {
        var choice = RoundTrip("""
            {"type":"allowed_tools","mode":"required","tools":[{"type":"function","name":"get_weather"},{"type":"mcp","server_label":"deepwiki"},{"type":"image_generation"},{"type":"crystal_ball"}]}
            """);

        Assert.Equal("allowed_tools", choice.Type);
        Assert.Equal(AllowedToolsMode.Required, choice.AllowedToolsMode);
        var tools = choice.AllowedTools!;
        Assert.Equal("get_weather", Assert.IsType<FunctionTool>(tools[0]).Name);
        Assert.Equal("deepwiki", Assert.IsType<McpTool>(tools[1]).ServerLabel);
        Assert.IsType<ImageGenerationTool>(tools[2]);
        Assert.Equal("crystal_ball", Assert.IsType<RawResponseTool>(tools[3]).Type);
        Assert.Null(choice.HostedToolType);
        Assert.Null(choice.FunctionName);
        Assert.Null(choice.McpServerLabel);
    }

    [Fact]
    public void ForAllowedTools_WritesSpecShape()
    {
        var choice = ResponseToolChoice.ForAllowedTools(
            AllowedToolsMode.Auto,
            FunctionTool.Create("get_weather"),
            new McpTool { ServerLabel = "deepwiki" },
            new ImageGenerationTool());

        JsonAssert.Equal(
            """{"tool_choice":{"type":"allowed_tools","mode":"auto","tools":[{"type":"function","name":"get_weather"},{"type":"mcp","server_label":"deepwiki"},{"type":"image_generation"}]}}""",
            Write(choice));
        Assert.Equal(AllowedToolsMode.Auto, choice.AllowedToolsMode);
        Assert.Throws<ArgumentNullException>(() => ResponseToolChoice.ForAllowedTools(AllowedToolsMode.Auto, [null!]));
    }

    [Theory]
    [InlineData("file_search")]
    [InlineData("web_search_preview")]
    [InlineData("web_search_preview_2025_03_11")]
    [InlineData("computer_use_preview")]
    [InlineData("code_interpreter")]
    [InlineData("image_generation")]
    [InlineData("shell")]
    [InlineData("apply_patch")]
    public void HostedToolTypes_RoundTrip(string type)
    {
        var choice = RoundTrip($$"""{"type":"{{type}}"}""");

        Assert.Equal(type, choice.HostedToolType);
        Assert.Equal(type, choice.Type);
        JsonAssert.Equal($$$"""{"tool_choice":{"type":"{{{type}}}"}}""", Write(ResponseToolChoice.ForHostedTool(type)));
    }

    [Fact]
    public void Mcp_RoundTrips_WithAndWithoutName()
    {
        var named = RoundTrip("""{"type":"mcp","server_label":"deepwiki","name":"ask_question"}""");
        Assert.Equal("deepwiki", named.McpServerLabel);
        Assert.Equal("ask_question", named.McpToolName);
        Assert.Null(named.HostedToolType);

        var anyTool = RoundTrip("""{"type":"mcp","server_label":"deepwiki","name":null}""");
        Assert.Equal("deepwiki", anyTool.McpServerLabel);
        Assert.Null(anyTool.McpToolName);

        JsonAssert.Equal("""{"tool_choice":{"type":"mcp","server_label":"deepwiki","name":"ask_question"}}""", Write(ResponseToolChoice.ForMcp("deepwiki", "ask_question")));
        JsonAssert.Equal("""{"tool_choice":{"type":"mcp","server_label":"deepwiki"}}""", Write(ResponseToolChoice.ForMcp("deepwiki")));
        Assert.Throws<ArgumentException>(() => ResponseToolChoice.ForMcp(""));
    }

    [Fact]
    public void Custom_RoundTrips()
    {
        var choice = RoundTrip("""{"type":"custom","name":"math_exp"}""");

        Assert.Equal("math_exp", choice.CustomToolName);
        Assert.Null(choice.FunctionName);
        JsonAssert.Equal("""{"tool_choice":{"type":"custom","name":"math_exp"}}""", Write(ResponseToolChoice.ForCustom("math_exp")));
        Assert.Throws<ArgumentException>(() => ResponseToolChoice.ForCustom(" "));
    }

    [Fact]
    public void Modes_HaveNoObjectAccessors()
    {
        Assert.Null(ResponseToolChoice.Auto.Type);
        Assert.Null(ResponseToolChoice.Auto.AllowedTools);
        Assert.Null(ResponseToolChoice.Auto.HostedToolType);
        Assert.Null(ResponseToolChoice.Auto.AllowedToolsMode);
    }

    [Fact]
    public void UnknownChoiceObject_RoundTripsVerbatim()
    {
        var choice = RoundTrip("""{"type":"telepathy","query":"weather","limit":{"n":3}}""");

        Assert.Equal("telepathy", choice.HostedToolType);
    }
}
