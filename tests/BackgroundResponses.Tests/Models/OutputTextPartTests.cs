using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public class OutputTextPartTests
{
    private static ResponseContentPart Read(string json) => JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseContentPart)!;

    private static string Write(ResponseContentPart part) => JsonSerializer.Serialize(part, ResponsesJsonContext.Default.ResponseContentPart);

    [Fact]
    public void Logprobs_AreTyped_AndRoundTrip()
    {
        var json = """
            {"type":"output_text","text":"Hi!","annotations":[],"logprobs":[
              {"token":"Hi","logprob":-0.0012,"bytes":[72,105],"top_logprobs":[{"token":"Hi","logprob":-0.0012,"bytes":[72,105]},{"token":"Hello","logprob":-6.75,"bytes":[72,101,108,108,111]}]},
              {"token":"!","logprob":-0.5,"bytes":[33],"top_logprobs":[]}]}
            """;

        var part = Assert.IsType<OutputTextPart>(Read(json));

        Assert.Collection(
            part.Logprobs!,
            p =>
            {
                Assert.Equal("Hi", p.Token);
                Assert.Equal(-0.0012, p.Logprob);
                Assert.Equal([72, 105], p.Bytes!);
                Assert.Collection(
                    p.TopLogprobs!,
                    t => Assert.Equal(("Hi", -0.0012), (t.Token, t.Logprob)),
                    t =>
                    {
                        Assert.Equal(("Hello", -6.75), (t.Token, t.Logprob));
                        Assert.Equal(5, t.Bytes!.Count);
                    });
            },
            p => Assert.Empty(p.TopLogprobs!));
        Assert.Null(part.AdditionalProperties);
        JsonAssert.Equivalent(json, Write(part));
    }

    [Fact]
    public void WithoutLogprobs_NoneAreWritten()
    {
        var json = """{"type":"output_text","text":"Hi","annotations":[]}""";

        Assert.Equal(json, Write(Read(json)));
    }

    [Fact]
    public void FilePathAnnotation_ReadsAndRoundTrips()
    {
        var json = """{"type":"output_text","text":"Saved to plot.png","annotations":[{"type":"file_path","file_id":"file-abc","index":9}]}""";

        var part = Assert.IsType<OutputTextPart>(Read(json));

        var path = Assert.IsType<FilePathAnnotation>(Assert.Single(part.Annotations));
        Assert.Equal(("file-abc", 9), (path.FileId, path.Index));
        JsonAssert.Equivalent(json, Write(part));
    }

    [Fact]
    public void ContainerFileCitation_BuiltInCode_WritesEveryField()
    {
        var annotation = new ContainerFileCitationAnnotation { ContainerId = "cntr_1", FileId = "cfile_1", StartIndex = 3, EndIndex = 9, Filename = "out.csv" };

        Assert.Equal(
            """{"type":"container_file_citation","container_id":"cntr_1","file_id":"cfile_1","start_index":3,"end_index":9,"filename":"out.csv"}""",
            JsonSerializer.Serialize<ResponseAnnotation>(annotation, ResponsesJsonContext.Default.ResponseAnnotation));
    }

    [Fact]
    public void ReasoningText_IsAContentPart()
    {
        var json = """{"type":"reasoning_text","text":"First, the user wants"}""";

        var part = Assert.IsType<ReasoningTextPart>(Read(json));

        Assert.Equal("First, the user wants", part.Text);
        Assert.Equal(json, Write(part));
    }
}
