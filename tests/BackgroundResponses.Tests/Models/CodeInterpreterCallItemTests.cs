namespace BackgroundResponses.Tests.Models;

public class CodeInterpreterCallItemTests : ToolCallItemTestBase
{
    [Fact]
    public void WithLogsAndImageOutputs_ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<CodeInterpreterCallItem>("""
            {"id":"ci_1","type":"code_interpreter_call","status":"completed","container_id":"cntr_1",
             "code":"print(1+1)","outputs":[{"type":"logs","logs":"2\n"},{"type":"image","url":"https://files.example/plot.png"},{"type":"table","rows":[]}]}
            """);

        Assert.Equal("cntr_1", call.ContainerId);
        Assert.Equal("print(1+1)", call.Code);
        Assert.Equal("completed", call.Status);
        Assert.Collection(
            call.Outputs!,
            o => Assert.Equal("2\n", Assert.IsType<CodeInterpreterLogsOutput>(o).Logs),
            o => Assert.Equal("https://files.example/plot.png", Assert.IsType<CodeInterpreterImageOutput>(o).Url),
            o => Assert.Equal("table", Assert.IsType<UnknownCodeInterpreterOutput>(o).Type));
    }

    [Fact]
    public void NullCodeAndOutputs_ReadAsNull()
    {
        var call = ReadRoundTrip<CodeInterpreterCallItem>(
            """{"type":"code_interpreter_call","id":"ci_2","status":"interpreting","container_id":"cntr_1","code":null,"outputs":null}""",
            "code",
            "outputs");

        Assert.Null(call.Code);
        Assert.Null(call.Outputs);
    }
}
