namespace BackgroundResponses.Tests.Models;

public class ProgramItemTests : ToolCallItemTestBase
{
    [Fact]
    public void Program_ReadsAndRoundTrips_KeepingItsFingerprint()
    {
        var program = ReadRoundTrip<ProgramItem>("""{"type":"program","id":"cm_1","call_id":"call_1","code":"await tools.get_weather({city:'Paris'})","fingerprint":"fp_opaque=="}""");

        Assert.Equal(("cm_1", "call_1", "await tools.get_weather({city:'Paris'})", "fp_opaque=="), (program.Id, program.CallId, program.Code, program.Fingerprint));
    }

    [Fact]
    public void ProgramOutput_ReadsAndRoundTrips()
    {
        var output = ReadRoundTrip<ProgramOutputItem>("""{"type":"program_output","id":"cmo_1","call_id":"call_1","result":"18C","status":"incomplete","future":true}""");

        Assert.Equal(("cmo_1", "call_1", "18C", "incomplete"), (output.Id, output.CallId, output.Result, output.Status));
        Assert.True(output.AdditionalProperties!["future"].GetBoolean());
    }
}
