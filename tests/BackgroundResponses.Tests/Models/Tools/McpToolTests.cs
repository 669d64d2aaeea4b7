using System.Text.Json;

namespace BackgroundResponses.Tests.Models.Tools;

public class McpToolTests
{
    [Fact]
    public void ServerWithNameListAndApprovalString_RoundTrips()
    {
        var tool = ToolJson.RoundTrip<McpTool>("""
            {"type":"mcp","server_label":"deepwiki","server_url":"https://mcp.deepwiki.com/mcp","server_description":"Docs of GitHub repositories.",
             "headers":{"X-Api-Key":"k"},"allowed_tools":["ask_question","read_wiki_structure"],"require_approval":"never","defer_loading":true,"allowed_callers":["programmatic"]}
            """);

        Assert.Equal("deepwiki", tool.ServerLabel);
        Assert.Equal("https://mcp.deepwiki.com/mcp", tool.ServerUrl);
        Assert.Equal("Docs of GitHub repositories.", tool.ServerDescription);
        Assert.Equal("k", tool.Headers!["X-Api-Key"]);
        Assert.Equal(["ask_question", "read_wiki_structure"], tool.AllowedTools!.ToolNames!);
        Assert.Null(tool.AllowedTools.Filter);
        Assert.Equal(McpApprovalMode.Never, tool.RequireApproval!.Mode);
        Assert.Null(tool.RequireApproval.Filter);
        Assert.True(tool.DeferLoading);
        Assert.Equal([ToolCaller.Programmatic], tool.AllowedCallers!);
    }

    [Fact]
    public void ConnectorWithFilters_RoundTrips()
    {
        var tool = ToolJson.RoundTrip<McpTool>("""
            {"type":"mcp","server_label":"Dropbox","connector_id":"connector_dropbox","authorization":"ya29.token",
             "allowed_tools":{"tool_names":["search","fetch"],"read_only":true},
             "require_approval":{"always":{"tool_names":["delete"]},"never":{"read_only":true}}}
            """);

        Assert.Equal(McpConnectorId.Dropbox, tool.ConnectorId);
        Assert.Equal("ya29.token", tool.Authorization);
        Assert.Null(tool.AllowedTools!.ToolNames);
        Assert.Equal(["search", "fetch"], tool.AllowedTools.Filter!.ToolNames!);
        Assert.True(tool.AllowedTools.Filter.ReadOnly);
        Assert.Null(tool.RequireApproval!.Mode);
        Assert.Equal(["delete"], tool.RequireApproval.Filter!.Always!.ToolNames!);
        Assert.True(tool.RequireApproval.Filter.Never!.ReadOnly);
    }

    [Fact]
    public void TunnelAndUnknownApprovalMode_RoundTrip()
    {
        var tool = ToolJson.RoundTrip<McpTool>("""{"type":"mcp","server_label":"internal","tunnel_id":"tunnel_0123456789abcdef0123456789abcdef","require_approval":"sometimes"}""");

        Assert.Equal("tunnel_0123456789abcdef0123456789abcdef", tool.TunnelId);
        Assert.Equal("sometimes", tool.RequireApproval!.Mode!.Value.Value);
    }

    [Fact]
    public void Factories_WriteSpecShape()
    {
        var server = McpTool.ForServer("deepwiki", "https://mcp.deepwiki.com/mcp");
        server.AllowedTools = McpAllowedTools.FromNames("ask_question");
        server.RequireApproval = McpRequireApproval.Never;

        var connector = McpTool.ForConnector("Calendar", McpConnectorId.GoogleCalendar, "token");
        connector.AllowedTools = new McpToolFilter { ReadOnly = true };
        connector.RequireApproval = new McpApprovalFilter { Never = new McpToolFilter { ToolNames = ["list_events"] } };

        JsonAssert.Equal(
            """{"type":"mcp","server_label":"deepwiki","server_url":"https://mcp.deepwiki.com/mcp","allowed_tools":["ask_question"],"require_approval":"never"}""",
            ToolJson.Write(server));
        JsonAssert.Equal(
            """{"type":"mcp","server_label":"Calendar","connector_id":"connector_googlecalendar","authorization":"token","allowed_tools":{"read_only":true},"require_approval":{"never":{"tool_names":["list_events"]}}}""",
            ToolJson.Write(connector));
        JsonAssert.Equal("""{"type":"mcp","server_label":"x","require_approval":"always"}""", ToolJson.Write(new McpTool { ServerLabel = "x", RequireApproval = McpApprovalMode.Always }));
    }

    [Fact]
    public void BadUnionShapes_AreJsonErrors()
    {
        Assert.ThrowsAny<JsonException>(() => ToolJson.Read("""{"type":"mcp","server_label":"x","allowed_tools":"all"}"""));
        Assert.ThrowsAny<JsonException>(() => ToolJson.Read("""{"type":"mcp","server_label":"x","require_approval":true}"""));
    }

    [Fact]
    public void UnknownProperties_RoundTrip()
    {
        var tool = ToolJson.RoundTrip<McpTool>("""
            {"type":"mcp","server_label":"x","server_url":"https://x","transport":"sse","allowed_tools":{"tool_names":["a"],"prefix":"x_"},"require_approval":{"always":{"read_only":false,"tag":"danger"},"sometimes":{}}}
            """);

        Assert.Equal(["transport"], tool.AdditionalProperties!.Keys);
        Assert.Equal(["prefix"], tool.AllowedTools!.Filter!.AdditionalProperties!.Keys);
        Assert.Equal(["sometimes"], tool.RequireApproval!.Filter!.AdditionalProperties!.Keys);
        Assert.Equal(["tag"], tool.RequireApproval.Filter.Always!.AdditionalProperties!.Keys);
    }
}
