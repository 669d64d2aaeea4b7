namespace BackgroundResponses.Tests.Models;

public class ComputerCallItemTests : ToolCallItemTestBase
{
    [Fact]
    public void ClickCall_WithSafetyChecks_ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<ComputerCallItem>("""
            {"type":"computer_call","id":"cu_1","call_id":"call_1","status":"completed",
             "action":{"type":"click","button":"left","x":156,"y":50},
             "pending_safety_checks":[{"id":"cu_sc_1","code":"malicious_instructions","message":"Check the page."}]}
            """);

        Assert.Equal("call_1", call.CallId);
        var click = Assert.IsType<ComputerClickAction>(call.Action);
        Assert.Equal(("left", 156, 50), (click.Button, click.X, click.Y));
        Assert.Null(click.Keys);
        var check = Assert.Single(call.PendingSafetyChecks);
        Assert.Equal(("cu_sc_1", "malicious_instructions", "Check the page."), (check.Id, check.Code, check.Message));
    }

    [Fact]
    public void EveryAction_ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<ComputerCallItem>("""
            {"type":"computer_call","id":"cu_2","call_id":"call_2","status":"completed","pending_safety_checks":[],"actions":[
              {"type":"click","button":"right","x":1,"y":2,"keys":["CTRL"]},
              {"type":"double_click","x":3,"y":4,"keys":null},
              {"type":"drag","path":[{"x":0,"y":0},{"x":10,"y":20}]},
              {"type":"keypress","keys":["CTRL","L"]},
              {"type":"move","x":5,"y":6},
              {"type":"screenshot"},
              {"type":"scroll","x":7,"y":8,"scroll_x":0,"scroll_y":-300},
              {"type":"type","text":"hello"},
              {"type":"wait"},
              {"type":"zoom","factor":2}]}
            """,
            "keys");

        Assert.Collection(
            call.Actions!,
            a => Assert.Equal("CTRL", Assert.Single(Assert.IsType<ComputerClickAction>(a).Keys!)),
            a => Assert.Equal((3, 4), (Assert.IsType<ComputerDoubleClickAction>(a).X, ((ComputerDoubleClickAction)a).Y)),
            a => Assert.Equal(20, Assert.IsType<ComputerDragAction>(a).Path[1].Y),
            a => Assert.Equal(["CTRL", "L"], Assert.IsType<ComputerKeyPressAction>(a).Keys),
            a => Assert.Equal(6, Assert.IsType<ComputerMoveAction>(a).Y),
            a => Assert.IsType<ComputerScreenshotAction>(a),
            a => Assert.Equal(-300, Assert.IsType<ComputerScrollAction>(a).ScrollY),
            a => Assert.Equal("hello", Assert.IsType<ComputerTypeAction>(a).Text),
            a => Assert.IsType<ComputerWaitAction>(a),
            a => Assert.Equal("zoom", Assert.IsType<UnknownComputerAction>(a).Type));
    }

    [Fact]
    public void Output_ReadsAndRoundTrips()
    {
        var output = ReadRoundTrip<ComputerCallOutputItem>("""
            {"type":"computer_call_output","id":"cuo_1","call_id":"call_1","status":"completed",
             "output":{"type":"computer_screenshot","image_url":"data:image/png;base64,iVBORw0KGgo="},
             "acknowledged_safety_checks":[{"id":"cu_sc_1","code":"malicious_instructions","message":"Check the page."}]}
            """);

        Assert.Equal("call_1", output.CallId);
        Assert.Equal("data:image/png;base64,iVBORw0KGgo=", output.Output!.ImageUrl);
        Assert.Equal("cu_sc_1", Assert.Single(output.AcknowledgedSafetyChecks!).Id);
    }

    [Fact]
    public void Output_BuiltInCode_IsWhatTheApiExpects()
    {
        var output = new ComputerCallOutputItem { CallId = "call_1", Output = new ComputerScreenshot { FileId = "file_1" } };

        Assert.Equal(
            """{"type":"computer_call_output","call_id":"call_1","output":{"type":"computer_screenshot","file_id":"file_1"}}""",
            Write(output));
    }
}
