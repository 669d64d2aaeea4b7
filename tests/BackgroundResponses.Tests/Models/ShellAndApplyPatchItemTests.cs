namespace BackgroundResponses.Tests.Models;

public class ShellAndApplyPatchItemTests : ToolCallItemTestBase
{
    [Fact]
    public void ShellCall_ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<ShellCallItem>("""
            {"type":"shell_call","id":"sh_1","call_id":"call_1","status":"completed","created_by":"resp_1",
             "action":{"commands":["ls","cat a.txt"],"timeout_ms":10000,"max_output_length":null},
             "environment":{"type":"container_reference","container_id":"cntr_1"},"caller":null}
            """,
            "max_output_length",
            "caller");

        Assert.Equal(("call_1", "completed", "resp_1"), (call.CallId, call.Status, call.CreatedBy));
        Assert.Equal(["ls", "cat a.txt"], call.Action!.Commands);
        Assert.Equal(10000, call.Action.TimeoutMs);
        Assert.Null(call.Action.MaxOutputLength);
        Assert.Equal(("container_reference", "cntr_1"), (call.Environment!.Type, call.Environment.ContainerId));
    }

    [Fact]
    public void ShellCallOutput_ReadsAndRoundTrips()
    {
        var output = ReadRoundTrip<ShellCallOutputItem>("""
            {"type":"shell_call_output","id":"sho_1","call_id":"call_1","status":"completed","max_output_length":4096,"output":[
              {"stdout":"a.txt\n","stderr":"","outcome":{"type":"exit","exit_code":0}},
              {"stdout":"","stderr":"","outcome":{"type":"timeout"}}]}
            """);

        Assert.Equal(4096, output.MaxOutputLength);
        Assert.Collection(
            output.Output,
            o => Assert.Equal(("a.txt\n", "exit", 0), (o.Stdout, o.Outcome!.Type, o.Outcome.ExitCode)),
            o => Assert.Equal(("timeout", (int?)null), (o.Outcome!.Type, o.Outcome.ExitCode)));
    }

    [Fact]
    public void ApplyPatchCallAndOutput_ReadAndRoundTrip()
    {
        var call = ReadRoundTrip<ApplyPatchCallItem>("""
            {"type":"apply_patch_call","id":"apc_1","call_id":"call_2","status":"completed",
             "operation":{"type":"update_file","path":"src/a.py","diff":"@@\n-x\n+y\n"}}
            """);
        var output = ReadRoundTrip<ApplyPatchCallOutputItem>("""{"type":"apply_patch_call_output","id":"apco_1","call_id":"call_2","status":"failed","output":"hunk 1 did not apply"}""");

        Assert.Equal(("update_file", "src/a.py", "@@\n-x\n+y\n"), (call.Operation!.Type, call.Operation.Path, call.Operation.Diff));
        Assert.Equal(("call_2", "failed", "hunk 1 did not apply"), (output.CallId, output.Status, output.Output));
    }
}
