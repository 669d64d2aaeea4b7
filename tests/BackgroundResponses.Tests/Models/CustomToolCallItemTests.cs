namespace BackgroundResponses.Tests.Models;

public class CustomToolCallItemTests : ToolCallItemTestBase
{
    [Fact]
    public void Call_ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<CustomToolCallItem>("""
            {"type":"custom_tool_call","id":"ctc_1","call_id":"call_1","namespace":"db","name":"run_sql","input":"SELECT 1;",
             "caller":{"type":"program","caller_id":"prog_1"},"status":"completed"}
            """);

        Assert.Equal(("call_1", "db", "run_sql", "SELECT 1;"), (call.CallId, call.Namespace, call.Name, call.Input));
        Assert.Equal(("program", "prog_1"), (call.Caller!.Type, call.Caller.CallerId));
        Assert.Equal("completed", call.AdditionalProperties!["status"].GetString());
    }

    [Fact]
    public void Output_AsTextOrParts_ReadsAndRoundTrips()
    {
        var text = ReadRoundTrip<CustomToolCallOutputItem>("""{"type":"custom_tool_call_output","id":"ctco_1","call_id":"call_1","output":"1 row","status":"completed","created_by":"user_1"}""");
        var parts = ReadRoundTrip<CustomToolCallOutputItem>("""{"type":"custom_tool_call_output","call_id":"call_1","output":[{"type":"input_text","text":"1 row"}],"caller":{"type":"direct"}}""");

        Assert.Equal(("1 row", "completed", "user_1"), (text.Output!.Text, text.Status, text.CreatedBy));
        Assert.Equal("1 row", Assert.IsType<InputTextPart>(Assert.Single(parts.Output!.Parts!)).Text);
        Assert.Equal("direct", parts.Caller!.Type);
    }

    [Fact]
    public void Output_BuiltInCode_IsWhatTheApiExpects()
    {
        Assert.Equal(
            """{"type":"custom_tool_call_output","call_id":"call_1","output":"done"}""",
            Write(new CustomToolCallOutputItem { CallId = "call_1", Output = "done" }));
    }
}
