namespace BackgroundResponses.Tests.Models.Tools;

public class ImageGenerationToolTests
{
    [Fact]
    public void AllProperties_RoundTrip()
    {
        var tool = ToolJson.RoundTrip<ImageGenerationTool>("""
            {"type":"image_generation","model":"gpt-image-1.5","quality":"high","size":"1536x864","output_format":"webp","output_compression":80,
             "moderation":"low","background":"transparent","input_fidelity":"high","input_image_mask":{"file_id":"file-mask"},"partial_images":2,"action":"edit"}
            """);

        Assert.Equal("gpt-image-1.5", tool.Model);
        Assert.Equal(ImageGenerationQuality.High, tool.Quality);
        Assert.Equal("1536x864", tool.Size);
        Assert.Equal(ImageGenerationOutputFormat.Webp, tool.OutputFormat);
        Assert.Equal(80, tool.OutputCompression);
        Assert.Equal(ImageGenerationModeration.Low, tool.Moderation);
        Assert.Equal(ImageGenerationBackground.Transparent, tool.Background);
        Assert.Equal(ImageInputFidelity.High, tool.InputFidelity);
        Assert.Equal("file-mask", tool.InputImageMask!.FileId);
        Assert.Null(tool.InputImageMask.ImageUrl);
        Assert.Equal(2, tool.PartialImages);
        Assert.Equal(ImageGenerationAction.Edit, tool.Action);
    }

    [Fact]
    public void Minimal_WritesOnlyType_AndUnknownPropertiesRoundTrip()
    {
        JsonAssert.Equal("""{"type":"image_generation"}""", ToolJson.Write(new ImageGenerationTool()));

        var tool = ToolJson.RoundTrip<ImageGenerationTool>("""{"type":"image_generation","style":"vivid","input_image_mask":{"image_url":"data:image/png;base64,AAAA","scale":2}}""");

        Assert.Equal(["style"], tool.AdditionalProperties!.Keys);
        Assert.Equal(["scale"], tool.InputImageMask!.AdditionalProperties!.Keys);
    }
}
