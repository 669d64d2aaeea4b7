namespace BackgroundResponses.Tests.Models;

public class ToolSearchItemsTests : ToolCallItemTestBase
{
    [Fact]
    public void ToolSearchCall_ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<ToolSearchCallItem>("""{"type":"tool_search_call","id":"tsc_1","call_id":"call_1","execution":"client","arguments":{"query":"weather"},"status":"completed","created_by":"user_1"}""");

        Assert.Equal(("tsc_1", "call_1", ToolSearchExecution.Client, "completed", "user_1"), (call.Id, call.CallId, call.Execution!.Value, call.Status, call.CreatedBy));
        Assert.Equal("weather", call.Arguments!.Value.GetProperty("query").GetString());
    }

    [Fact]
    public void ToolSearchOutput_ReadsItsToolsTyped_AndRoundTrips()
    {
        var output = ReadRoundTrip<ToolSearchOutputItem>("""{"type":"tool_search_output","id":"tso_1","call_id":"call_1","execution":"server","tools":[{"type":"function","name":"get_weather","parameters":{"type":"object"},"strict":true},{"type":"future_tool","x":1}],"status":"completed"}""");

        Assert.Equal(ToolSearchExecution.Server, output.Execution);
        Assert.Equal("get_weather", Assert.IsType<FunctionTool>(output.Tools[0]).Name);
        Assert.IsType<RawResponseTool>(output.Tools[1]);
    }

    [Fact]
    public void ToolSearchOutput_BuiltByAClientSearch_IsWrittenForTheRequest()
    {
        var output = new ToolSearchOutputItem { CallId = "call_1", Execution = ToolSearchExecution.Client, Tools = { new FunctionTool { Name = "get_weather" } } };

        var written = Write(output);

        Assert.Equal("tool_search_output", Read(written).Type);
        Assert.Contains("\"call_id\":\"call_1\"", written, StringComparison.Ordinal);
        Assert.Contains("\"execution\":\"client\"", written, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"get_weather\"", written, StringComparison.Ordinal);
        Assert.Empty(new ToolSearchOutputItem { Tools = null! }.Tools);
    }

    [Fact]
    public void AdditionalTools_ReadsRoleAndTools_AndRoundTrips()
    {
        var item = ReadRoundTrip<AdditionalToolsItem>("""{"type":"additional_tools","id":"at_1","role":"developer","tools":[{"type":"web_search"}]}""");

        Assert.Equal(MessageRole.Developer, item.Role);
        Assert.IsType<WebSearchTool>(Assert.Single(item.Tools));
        Assert.Empty(new AdditionalToolsItem { Tools = null! }.Tools);
    }
}
