using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Tests.Serialization;

public class PolymorphicJsonConverterTests
{
    private static ResponseContentPart ReadPart(string json) => JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseContentPart)!;

    private static ResponseAnnotation ReadAnnotation(string json) => JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseAnnotation)!;

    [Theory]
    [InlineData("""{"type":"output_text","text":"a","annotations":[]}""")]
    [InlineData("""{"text":"a","annotations":[],"type":"output_text"}""")]
    [InlineData("""{"annotations":[{"nested":{"type":"refusal"}}],"text":"a","type":"output_text"}""")]
    [InlineData("""{"text":"a","annotations":[],"type":"output\u005ftext"}""")]
    public void TypeIsFoundAnywhereAtTopLevel_NotInNestedObjects_AndEscapesAreHonoured(string json)
    {
        var part = Assert.IsType<OutputTextPart>(ReadPart(json));

        Assert.Equal("a", part.Text);
    }

    [Fact]
    public void Refusal_ReadsWithTypeLast()
    {
        var refusal = Assert.IsType<RefusalPart>(ReadPart("""{"refusal":"I can't help with that.","type":"refusal"}"""));

        Assert.Equal("I can't help with that.", refusal.Refusal);
        Assert.Equal("""{"type":"refusal","refusal":"I can\u0027t help with that."}""", JsonSerializer.Serialize<ResponseContentPart>(refusal, ResponsesJsonContext.Default.ResponseContentPart));
    }

    [Fact]
    public void UnknownContentPart_IsKeptRaw()
    {
        var json = """{"type":"output_audio","data":"AAA=","transcript":null}""";

        var part = Assert.IsType<UnknownContentPart>(ReadPart(json));

        Assert.Equal("output_audio", part.Type);
        Assert.Equal(json, JsonSerializer.Serialize(part, ResponsesJsonContext.Default.ResponseContentPart));
    }

    [Fact]
    public void Annotations_AllThreeKinds_ReadAndRoundTrip()
    {
        var json = """
            {"type":"output_text","text":"See [1] and [2].","logprobs":[{"token":"See","logprob":-0.1,"bytes":[83],"top_logprobs":[]}],"annotations":[
              {"end_index":7,"start_index":4,"title":"Example","url":"https://example.com","type":"url_citation"},
              {"type":"file_citation","file_id":"file_1","filename":"notes.md","index":12},
              {"type":"container_file_citation","container_id":"cntr_1","file_id":"file_2","start_index":0,"end_index":1,"filename":"x.csv"}]}
            """;

        var part = Assert.IsType<OutputTextPart>(ReadPart(json));

        Assert.Collection(
            part.Annotations,
            a =>
            {
                var url = Assert.IsType<UrlCitationAnnotation>(a);
                Assert.Equal("https://example.com", url.Url);
                Assert.Equal("Example", url.Title);
                Assert.Equal(4, url.StartIndex);
                Assert.Equal(7, url.EndIndex);
            },
            a =>
            {
                var file = Assert.IsType<FileCitationAnnotation>(a);
                Assert.Equal("file_1", file.FileId);
                Assert.Equal("notes.md", file.Filename);
                Assert.Equal(12, file.Index);
            },
            a =>
            {
                var container = Assert.IsType<ContainerFileCitationAnnotation>(a);
                Assert.Equal(("cntr_1", "file_2", "x.csv"), (container.ContainerId, container.FileId, container.Filename));
                Assert.Equal((0, 1), (container.StartIndex, container.EndIndex));
            });
        var logprob = Assert.Single(part.Logprobs!);
        Assert.Equal(("See", -0.1), (logprob.Token, logprob.Logprob));
        JsonAssert.Equivalent(json, JsonSerializer.Serialize(part, ResponsesJsonContext.Default.ResponseContentPart));
    }

    [Fact]
    public void AnnotationWithoutType_IsUnknown()
    {
        var annotation = Assert.IsType<UnknownAnnotation>(ReadAnnotation("""{"url":"https://example.com"}"""));

        Assert.Equal(string.Empty, annotation.Type);
    }

    [Fact]
    public async Task StreamingReadInTinyBuffers_FindsTheTypeLast()
    {
        // A small buffer and trailing padding make STJ hand the converter a reader whose block is not
        // final (the end of the stream is not buffered yet): the look-ahead must not rely on Skip(), which throws then.
        var json = """{"id":"r","created_at":1,"output":[{"id":"m","status":"completed","content":[{"annotations":[{"type":"url_citation","url":"u"}],"text":"hey","type":"output_text"}],"role":"assistant","type":"message"}],"padding":"PAD"}"""
            .Replace("PAD", new string('x', 100_000), StringComparison.Ordinal);
        var options = new JsonSerializerOptions(ResponsesJsonContext.Default.Options) { DefaultBufferSize = 1 };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var response = (ModelResponse)(await JsonSerializer.DeserializeAsync(stream, options.GetTypeInfo(typeof(ModelResponse))))!;

        Assert.Equal("hey", response.OutputText);
        var part = Assert.IsType<OutputTextPart>(Assert.IsType<MessageItem>(Assert.Single(response.Output)).Content[0]);
        Assert.Equal("u", Assert.IsType<UrlCitationAnnotation>(Assert.Single(part.Annotations)).Url);
    }
}
