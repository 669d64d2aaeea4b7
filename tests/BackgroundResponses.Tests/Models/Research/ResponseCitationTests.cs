using System.Text;

namespace BackgroundResponses.Tests.Models.Research;

public class ResponseCitationTests
{
    [Fact]
    public void GetCitations_ListsEveryAnnotation_InOutputOrder_WithExactSpans()
    {
        var response = DeepResearchOutput.Read();

        var citations = response.GetCitations();

        Assert.Equal(8, citations.Count);
        Assert.Equal(
            ["hold hands while they sleep", "so they do not drift apart", string.Empty, "densest fur of any animal", "1 million hairs per square inch", "Fur", "Fur:", string.Empty],
            citations.Select(c => c.CitedText));
        Assert.All(citations, c => Assert.Equal(c.CitedText, c.Part.Text![c.StartIndex..c.EndIndex]));
        Assert.Equal(["msg_1", "msg_1", "msg_1", "msg_1", "msg_2", "msg_2", "msg_2", "msg_2"], citations.Select(c => c.Message.Id));
        Assert.Same(response.Output[9], citations[0].Message);
        Assert.Same(((MessageItem)response.Output[9]).Content[0], citations[0].Part);
        Assert.Same(((OutputTextPart)((MessageItem)response.Output[9]).Content[0]).Annotations[0], citations[0].Annotation);
    }

    [Fact]
    public void Indices_AreCodePoints_ConvertedToPositionsInTheDotNetString()
    {
        var first = DeepResearchOutput.Read().GetCitations()[0];

        // The otter before the span is one code point on the wire and two UTF-16 units here.
        Assert.Equal(13, ((UrlCitationAnnotation)first.Annotation).StartIndex);
        Assert.Equal((14, 41), (first.StartIndex, first.EndIndex));
        Assert.Equal(DeepResearchOutput.FirstText.IndexOf("hold hands", StringComparison.Ordinal), first.StartIndex);
    }

    [Fact]
    public void UrlCitation_CarriesUrlAndTitle_AndRepeatedUrlsShareASourceNumber()
    {
        var citations = DeepResearchOutput.Read().GetCitations();

        Assert.Equal(
            [("https://otters.example/sleep", "How otters sleep", 1), ("https://zoo.example/otters", "Otters at the zoo", 2), ("https://otters.example/sleep", "How otters sleep", 1)],
            new[] { citations[0], citations[1], citations[3] }.Select(c => (c.Url, c.Title, c.SourceNumber)));
        Assert.Equal([1, 2, 3, 1, 4, 2, 5, 5], citations.Select(c => c.SourceNumber));
        Assert.Equal(5, citations.DistinctBy(c => c.SourceNumber).Count());
    }

    [Fact]
    public void FileCitation_IsAPointAtItsIndex_WithTheFile()
    {
        var file = DeepResearchOutput.Read().GetCitations()[2];

        Assert.IsType<FileCitationAnnotation>(file.Annotation);
        // Index 95 in code points is after "tools", past two astral characters: 97 in UTF-16.
        Assert.Equal((97, 97, string.Empty), (file.StartIndex, file.EndIndex, file.CitedText));
        Assert.EndsWith("They use rocks as tools", DeepResearchOutput.FirstText[..file.StartIndex], StringComparison.Ordinal);
        Assert.Equal(("file_tools", "otter-tools.pdf", null, null, null), (file.FileId, file.Filename, file.ContainerId, file.Url, file.Title));
    }

    [Fact]
    public void ContainerFileCitationAndFilePath_CarryTheFile_AndShareItsNumber()
    {
        var citations = DeepResearchOutput.Read().GetCitations();
        var container = citations[6];
        var path = citations[7];

        Assert.Equal(("cfile_1", "chart.png", "cntr_1", "Fur:"), (container.FileId, container.Filename, container.ContainerId, container.CitedText));
        // file_path names no container, yet the file id alone is the source.
        Assert.Equal(("cfile_1", null, null), (path.FileId, path.Filename, path.ContainerId));
        Assert.Equal((37, 37), (path.StartIndex, path.EndIndex));
        Assert.Equal(5, container.SourceNumber);
        Assert.Equal(5, path.SourceNumber);
    }

    [Fact]
    public void UnknownAnnotation_IsListed_WithWhatItsJsonNames()
    {
        var unknown = DeepResearchOutput.Read().GetCitations()[4];

        Assert.Equal("page_citation", Assert.IsType<UnknownAnnotation>(unknown.Annotation).Type);
        Assert.Equal(("https://fur.example/density", null, 5, 36), (unknown.Url, unknown.Title, unknown.StartIndex, unknown.EndIndex));
        Assert.Equal(4, unknown.SourceNumber);
    }

    [Theory]
    [InlineData(2, 100, 2, 6, "cdef")]
    [InlineData(100, 200, 6, 6, "")]
    [InlineData(-5, 2, 0, 2, "ab")]
    [InlineData(4, 1, 4, 4, "")]
    [InlineData(-3, -1, 0, 0, "")]
    public void OutOfRangeIndices_AreClampedToTheText(int start, int end, int expectedStart, int expectedEnd, string expectedText)
    {
        var citation = Assert.Single(ResponseCitation.From([Message("abcdef", new UrlCitationAnnotation { Url = "https://e.example", StartIndex = start, EndIndex = end })]));

        Assert.Equal((expectedStart, expectedEnd, expectedText), (citation.StartIndex, citation.EndIndex, citation.CitedText));
    }

    [Fact]
    public void SurrogatePairs_AreNeverSplit()
    {
        // 👩‍🔬 is three code points (woman, zero-width joiner, microscope), five UTF-16 units.
        var text = "a👩‍🔬b😀c";
        var citations = ResponseCitation.From([Message(
            text,
            new UrlCitationAnnotation { Url = "https://e.example/1", StartIndex = 1, EndIndex = 4 },
            new UrlCitationAnnotation { Url = "https://e.example/2", StartIndex = 5, EndIndex = 7 },
            new UrlCitationAnnotation { Url = "https://e.example/3", StartIndex = 2, EndIndex = 3 })]);

        Assert.Equal(["👩‍🔬", "😀c", "\u200D"], citations.Select(c => c.CitedText));
        Assert.Equal([(1, 6), (7, 10), (3, 4)], citations.Select(c => (c.StartIndex, c.EndIndex)));
    }

    [Fact]
    public void ALoneSurrogate_CountsAsOneCodePoint()
    {
        var citation = Assert.Single(ResponseCitation.From([Message("a\uD83Dbc", new UrlCitationAnnotation { Url = "https://e.example", StartIndex = 2, EndIndex = 3 })]));

        Assert.Equal("b", citation.CitedText);
    }

    [Fact]
    public void MissingIndices_PlaceTheCitationAtTheEndOfTheText()
    {
        var citations = ResponseCitation.From([Message(
            "abc",
            new UrlCitationAnnotation { Url = "https://e.example" },
            new FileCitationAnnotation { FileId = "file_1" },
            ReadAnnotation("""{"type":"note","text":"x"}"""))]);

        Assert.All(citations, c => Assert.Equal((3, 3, string.Empty), (c.StartIndex, c.EndIndex, c.CitedText)));
        Assert.Equal([1, 2, 3], citations.Select(c => c.SourceNumber));
    }

    [Fact]
    public void NullText_GivesEmptySpans()
    {
        var message = new MessageItem { Role = MessageRole.Assistant, Content = { new OutputTextPart { Text = null, Annotations = { new UrlCitationAnnotation { Url = "https://e.example", StartIndex = 3, EndIndex = 9 } } } } };

        var citation = Assert.Single(ResponseCitation.From([message]));

        Assert.Equal((0, 0, string.Empty), (citation.StartIndex, citation.EndIndex, citation.CitedText));
    }

    [Fact]
    public void OtherItemsAndParts_AreNotCitations()
    {
        var message = new MessageItem { Role = MessageRole.User, Content = { new InputTextPart { Text = "hi" }, new RefusalPart { Refusal = "no" } } };

        Assert.Empty(ResponseCitation.From([message, new WebSearchCallItem(), new ReasoningItem()]));
        Assert.Empty(new ModelResponse().GetCitations());
    }

    [Fact]
    public void BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>("items", () => ResponseCitation.From(null!));
        Assert.Throws<ArgumentException>("items", () => ResponseCitation.From([Message("a"), null!]));
    }

    [Fact]
    public void NumberedText_CanBePrinted_FromTheSpans()
    {
        var citations = DeepResearchOutput.Read().GetCitations();
        var first = citations.Where(c => c.Message.Id == "msg_1").ToList();
        var text = new StringBuilder(first[0].Part.Text);
        foreach (var citation in first.OrderByDescending(c => c.EndIndex))
        {
            text.Insert(citation.EndIndex, $" [{citation.SourceNumber}]");
        }

        Assert.Equal(
            "Sea otters 🦦 hold hands while they sleep [1], so they do not drift apart [2]. 🌊 They use rocks as tools [3] to open shellfish. Otters have the densest fur of any animal [1].",
            text.ToString());
    }

    private static MessageItem Message(string text, params ResponseAnnotation[] annotations)
    {
        var part = new OutputTextPart { Text = text };
        foreach (var annotation in annotations)
        {
            part.Annotations.Add(annotation);
        }

        return new MessageItem { Id = "msg", Role = MessageRole.Assistant, Content = { part } };
    }

    private static ResponseAnnotation ReadAnnotation(string json) =>
        System.Text.Json.JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseAnnotation)!;
}
