using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public class McpItemTests : ToolCallItemTestBase
{
    [Fact]
    public void McpCall_ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<McpCallItem>("""
            {"type":"mcp_call","id":"mcp_1","server_label":"deepwiki","name":"ask_question","arguments":"{\"q\":\"x\"}",
             "output":"An answer.","error":null,"status":"completed","approval_request_id":"mcpr_1"}
            """,
            "error");

        Assert.Equal("deepwiki", call.ServerLabel);
        Assert.Equal("ask_question", call.Name);
        Assert.Equal("{\"q\":\"x\"}", call.Arguments);
        Assert.Equal("An answer.", call.Output);
        Assert.Null(call.Error);
        Assert.Equal("completed", call.Status);
        Assert.Equal("mcpr_1", call.ApprovalRequestId);
    }

    [Theory]
    [InlineData("""{"type":"mcp_protocol_error","code":-32601,"message":"Method not found"}""", "mcp_protocol_error", -32601, "Method not found")]
    [InlineData("""{"type":"http_error","code":502,"message":"Bad gateway"}""", "http_error", 502, "Bad gateway")]
    [InlineData("""{"type":"mcp_tool_execution_error","content":[{"type":"text","text":"boom"}]}""", "mcp_tool_execution_error", null, null)]
    public void McpCall_Errors_ReadAndRoundTrip(string error, string type, int? code, string? message)
    {
        var call = ReadRoundTrip<McpCallItem>($$"""{"type":"mcp_call","id":"mcp_2","server_label":"s","name":"n","arguments":"{}","status":"failed","error":{{error}}}""");

        Assert.Equal(type, call.Error!.Type);
        Assert.Equal(code, call.Error.Code);
        Assert.Equal(message, call.Error.Message);
        Assert.Equal(type == "mcp_tool_execution_error", call.Error.Content is { ValueKind: JsonValueKind.Array });
    }

    [Fact]
    public void McpListTools_ReadsAndRoundTrips()
    {
        var list = ReadRoundTrip<McpListToolsItem>("""
            {"type":"mcp_list_tools","id":"mcpl_1","server_label":"deepwiki","error":null,"tools":[
              {"name":"ask_question","description":"Ask about a repo","input_schema":{"type":"object","properties":{"q":{"type":"string"}},"required":["q"]},
               "annotations":{"read_only":true}},
              {"name":"read_wiki","input_schema":{"type":"object"},"annotations":null}]}
            """,
            "error",
            "annotations");

        Assert.Equal("deepwiki", list.ServerLabel);
        Assert.Null(list.Error);
        Assert.Collection(
            list.Tools,
            t =>
            {
                Assert.Equal("ask_question", t.Name);
                Assert.Equal("Ask about a repo", t.Description);
                Assert.Equal("object", t.InputSchema!.Value.GetProperty("type").GetString());
                Assert.True(t.Annotations!.Value.GetProperty("read_only").GetBoolean());
            },
            t =>
            {
                Assert.Equal("read_wiki", t.Name);
                Assert.Null(t.Annotations);
            });
    }

    [Fact]
    public void ApprovalRequestAndResponse_ReadAndRoundTrip()
    {
        var request = ReadRoundTrip<McpApprovalRequestItem>("""{"type":"mcp_approval_request","id":"mcpr_1","server_label":"deepwiki","name":"ask_question","arguments":"{}"}""");
        var response = ReadRoundTrip<McpApprovalResponseItem>("""{"type":"mcp_approval_response","id":"mcpa_1","approval_request_id":"mcpr_1","approve":false,"reason":"not now"}""");

        Assert.Equal(("deepwiki", "ask_question", "{}"), (request.ServerLabel, request.Name, request.Arguments));
        Assert.Equal("mcpr_1", response.ApprovalRequestId);
        Assert.False(response.Approve);
        Assert.Equal("not now", response.Reason);
    }

    [Fact]
    public void ApprovalResponse_BuiltInCode_IsWhatTheApiExpects()
    {
        Assert.Equal(
            """{"type":"mcp_approval_response","approval_request_id":"mcpr_1","approve":true}""",
            Write(new McpApprovalResponseItem { ApprovalRequestId = "mcpr_1", Approve = true }));
    }
}
