namespace BackgroundResponses.Tests.Models.Tools;

public class SimpleToolsTests
{
    [Fact]
    public void ComputerUsePreview_RoundTrips()
    {
        var tool = ToolJson.RoundTrip<ComputerUsePreviewTool>("""{"type":"computer_use_preview","display_width":1024,"display_height":768,"environment":"browser"}""");

        Assert.Equal(ComputerEnvironment.Browser, tool.Environment);
        Assert.Equal(1024, tool.DisplayWidth);
        Assert.Equal(768, tool.DisplayHeight);
    }

    [Fact]
    public void LocalShell_RoundTrips()
    {
        Assert.Equal("local_shell", ToolJson.RoundTrip<LocalShellTool>("""{"type":"local_shell"}""").Type);
    }

    [Fact]
    public void ApplyPatch_RoundTrips()
    {
        var tool = ToolJson.RoundTrip<ApplyPatchTool>("""{"type":"apply_patch","allowed_callers":["direct","programmatic"]}""");

        Assert.Equal([ToolCaller.Direct, ToolCaller.Programmatic], tool.AllowedCallers!);
    }

    [Fact]
    public void Computer_And_ProgrammaticToolCalling_RoundTrip()
    {
        Assert.Equal("computer", ToolJson.RoundTrip<ComputerTool>("""{"type":"computer"}""").Type);
        Assert.Equal("programmatic_tool_calling", ToolJson.RoundTrip<ProgrammaticToolCallingTool>("""{"type":"programmatic_tool_calling"}""").Type);
    }

    [Fact]
    public void Namespace_RoundTrips_WithTypedInnerTools()
    {
        var tool = ToolJson.RoundTrip<NamespaceTool>("""
            {"type":"namespace","name":"crm","description":"Customer records.","tools":[
              {"type":"function","name":"find_customer","parameters":{"type":"object"},"strict":true,"defer_loading":true},
              {"type":"custom","name":"query","format":{"type":"grammar","syntax":"regex","definition":"^SELECT .+$"}}]}
            """);

        Assert.Equal("crm", tool.Name);
        Assert.Equal("Customer records.", tool.Description);
        Assert.True(Assert.IsType<FunctionTool>(tool.Tools![0]).DeferLoading);
        Assert.IsType<CustomGrammarFormat>(Assert.IsType<CustomTool>(tool.Tools[1]).Format);
    }

    [Fact]
    public void ToolSearch_RoundTrips()
    {
        var server = ToolJson.RoundTrip<ToolSearchTool>("""{"type":"tool_search","execution":"server"}""");
        Assert.Equal(ToolSearchExecution.Server, server.Execution);

        var client = ToolJson.RoundTrip<ToolSearchTool>("""{"type":"tool_search","execution":"client","description":"Finds tools.","parameters":{"type":"object","properties":{"q":{"type":"string"}}}}""");
        Assert.Equal(ToolSearchExecution.Client, client.Execution);
        Assert.Equal("Finds tools.", client.Description);
        Assert.Equal("object", client.Parameters!.Value.GetProperty("type").GetString());
    }

    [Fact]
    public void UnknownProperties_RoundTrip()
    {
        var tool = ToolJson.RoundTrip<LocalShellTool>("""{"type":"local_shell","sandbox":{"level":2}}""");

        Assert.Equal(["sandbox"], tool.AdditionalProperties!.Keys);
    }

    [Fact]
    public void UnknownTool_StaysRaw_AndRoundTripsByteForByte()
    {
        const string json = """{"type":"teleport","destination":{"x":1.50,"y":-0},"tags":["a",null,true]}""";

        var tool = Assert.IsType<RawResponseTool>(ToolJson.Read(json));

        Assert.Equal("teleport", tool.Type);
        Assert.Equal(json, ToolJson.Write(tool));
    }
}
