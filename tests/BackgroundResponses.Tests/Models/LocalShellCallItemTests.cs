namespace BackgroundResponses.Tests.Models;

public class LocalShellCallItemTests : ToolCallItemTestBase
{
    [Fact]
    public void Call_ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<LocalShellCallItem>("""
            {"type":"local_shell_call","id":"lsh_1","call_id":"call_1","status":"completed",
             "action":{"type":"exec","command":["ls","-la"],"timeout_ms":5000,"working_directory":"/tmp","env":{"LANG":"C"},"user":null}}
            """,
            "user");

        Assert.Equal("call_1", call.CallId);
        var action = call.Action!;
        Assert.Equal("exec", action.Type);
        Assert.Equal(["ls", "-la"], action.Command);
        Assert.Equal(5000, action.TimeoutMs);
        Assert.Equal("/tmp", action.WorkingDirectory);
        Assert.Equal("C", action.Env["LANG"]);
        Assert.Null(action.User);
    }

    [Fact]
    public void Output_ReadsAndRoundTrips()
    {
        var output = ReadRoundTrip<LocalShellCallOutputItem>("""{"type":"local_shell_call_output","id":"lsho_1","call_id":"call_1","output":"{\"stdout\":\"a\\n\"}","status":null}""", "status");

        Assert.Equal(("call_1", "{\"stdout\":\"a\\n\"}"), (output.CallId, output.Output));
        Assert.Null(output.Status);
    }
}
