using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public class ResponseStatusTests
{
    [Theory]
    [InlineData("queued", true, false)]
    [InlineData("in_progress", true, false)]
    [InlineData("completed", false, true)]
    [InlineData("failed", false, true)]
    [InlineData("cancelled", false, true)]
    [InlineData("incomplete", false, true)]
    [InlineData("paused_for_review", false, false)]
    public void Classification_FollowsTheWireValue(string wire, bool pending, bool terminal)
    {
        var status = new ResponseStatus(wire);

        Assert.Equal(pending, status.IsPending);
        Assert.Equal(terminal, status.IsTerminal);
        Assert.Equal(pending || terminal, status.IsKnown);
        Assert.Equal(wire, status.ToString());
    }

    [Fact]
    public void UnknownValue_IsPreservedThroughJson()
    {
        var json = """{"id":"resp_1","status":"paused_for_review"}""";

        var response = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ModelResponse)!;

        Assert.Equal("paused_for_review", response.Status!.Value.Value);
        Assert.NotEqual(ResponseStatus.Queued, response.Status);
        Assert.Contains("\"status\":\"paused_for_review\"", JsonSerializer.Serialize(response, ResponsesJsonContext.Default.ModelResponse), StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsOrdinalOnTheWireValue()
    {
        Assert.Equal(ResponseStatus.Completed, new ResponseStatus("completed"));
        Assert.NotEqual(ResponseStatus.Completed, new ResponseStatus("Completed"));
        Assert.True(ResponseStatus.Cancelled == "cancelled");
    }
}
