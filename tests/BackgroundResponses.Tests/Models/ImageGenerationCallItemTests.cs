namespace BackgroundResponses.Tests.Models;

public class ImageGenerationCallItemTests : ToolCallItemTestBase
{
    [Fact]
    public void ReadsAndRoundTrips()
    {
        var call = ReadRoundTrip<ImageGenerationCallItem>("""{"type":"image_generation_call","id":"ig_1","status":"completed","result":"iVBORw0KGgo=","revised_prompt":"a cat"}""");

        Assert.Equal("completed", call.Status);
        Assert.Equal("iVBORw0KGgo=", call.Result);
        Assert.Equal("a cat", call.AdditionalProperties!["revised_prompt"].GetString());
    }

    [Fact]
    public void NullResult_ReadsAsNull()
    {
        Assert.Null(ReadRoundTrip<ImageGenerationCallItem>("""{"type":"image_generation_call","id":"ig_2","status":"generating","result":null}""", "result").Result);
    }
}
