using static BackgroundResponses.Tests.Testing.FakeServerTestKit;

namespace BackgroundResponses.Tests.Streaming;

/// <summary>
/// A deep-research stream read event by event: the partial response must already show what the events so far
/// announced (a search's working status, each citation as it is added), not only what the final response says.
/// </summary>
public class ResponseStreamAccumulatorHostedToolTests
{
    [Fact]
    public async Task EveryPrefixOfADeepResearchStream_ShowsTheSearchStatusesAndCitationsAnnouncedSoFar()
    {
        await using var server = await StartAsync();
        var events = await server.FastClient().CreateStreamingAsync(new CreateResponseRequest
        {
            Model = "o4-mini-deep-research",
            Input = "How do sea otters use tools?",
            Tools = [WebSearchTool.Preview()],
            Include = [ResponseIncludable.WebSearchCallActionSources],
        }).CollectAsync();

        var accumulator = new ResponseStreamAccumulator();
        var expectedStatus = new Dictionary<int, ResponseItemStatus>();
        var announcedCitations = 0;
        var sawSearching = false;
        foreach (var streamEvent in events)
        {
            accumulator.Apply(streamEvent);
            switch (streamEvent)
            {
                case ResponseWebSearchCallInProgressEvent e:
                    expectedStatus[e.OutputIndex] = ResponseItemStatus.InProgress;
                    break;
                case ResponseWebSearchCallSearchingEvent e:
                    expectedStatus[e.OutputIndex] = ResponseItemStatus.Searching;
                    break;
                case ResponseWebSearchCallCompletedEvent e:
                    expectedStatus[e.OutputIndex] = ResponseItemStatus.Completed;
                    break;
                case ResponseOutputTextAnnotationAddedEvent:
                    announcedCitations++;
                    break;
                case ResponseOutputItemDoneEvent { Item: WebSearchCallItem done } e:
                    expectedStatus[e.OutputIndex] = done.Status!.Value;
                    break;
            }

            if (streamEvent is ResponseCompletedEvent)
            {
                break;
            }

            var partial = accumulator.ToResponse()!;
            foreach (var (index, status) in expectedStatus)
            {
                Assert.Equal(status, Assert.IsType<WebSearchCallItem>(partial.Output[index]).Status);
                sawSearching |= status == ResponseItemStatus.Searching;
            }

            Assert.Equal(announcedCitations, partial.GetCitations().Count);
        }

        Assert.True(sawSearching, "The run never showed a search in its searching state.");
        var final = accumulator.ToResponse()!;
        Assert.Equal(3, announcedCitations);
        Assert.Equal(
            final.GetCitations().Select(c => (c.Url, c.StartIndex, c.EndIndex)),
            events.OfType<ResponseOutputTextAnnotationAddedEvent>()
                .Select(e => Assert.IsType<UrlCitationAnnotation>(e.Annotation))
                .Select(a => (a.Url, a.StartIndex!.Value, a.EndIndex!.Value)));
    }

    [Fact]
    public void AnnotationAdded_TwiceWithTheSameIndex_ReplacesInsteadOfDuplicating()
    {
        var accumulator = new ResponseStreamAccumulator();
        accumulator.Apply(new ResponseOutputItemAddedEvent { OutputIndex = 0, Item = new MessageItem { Id = "msg_1", Role = MessageRole.Assistant }, SequenceNumber = 0 });
        accumulator.Apply(new ResponseTextDeltaEvent { OutputIndex = 0, ItemId = "msg_1", ContentIndex = 0, Delta = "Otters use rocks.", SequenceNumber = 1 });
        var first = new UrlCitationAnnotation { Url = "https://a.example", Title = "A", StartIndex = 0, EndIndex = 6 };
        var again = new UrlCitationAnnotation { Url = "https://a.example", Title = "A (updated)", StartIndex = 0, EndIndex = 6 };

        accumulator.Apply(new ResponseOutputTextAnnotationAddedEvent { OutputIndex = 0, ItemId = "msg_1", ContentIndex = 0, AnnotationIndex = 0, Annotation = first, SequenceNumber = 2 });
        accumulator.Apply(new ResponseOutputTextAnnotationAddedEvent { OutputIndex = 0, ItemId = "msg_1", ContentIndex = 0, AnnotationIndex = 0, Annotation = again, SequenceNumber = 3 });

        var citation = Assert.Single(accumulator.ToResponse()!.GetCitations());
        Assert.Equal("A (updated)", citation.Title);
        Assert.Equal("Otters", citation.CitedText);
    }

    [Fact]
    public void CodeInterpreterCode_AndMcpArguments_AreBuiltFromTheirDeltas()
    {
        var accumulator = new ResponseStreamAccumulator();
        accumulator.Apply(new ResponseOutputItemAddedEvent { OutputIndex = 0, Item = new CodeInterpreterCallItem { Id = "ci_1" }, SequenceNumber = 0 });
        accumulator.Apply(new ResponseOutputItemAddedEvent { OutputIndex = 1, Item = new McpCallItem { Id = "mcp_1", Name = "search", ServerLabel = "docs" }, SequenceNumber = 1 });
        accumulator.Apply(new ResponseCodeInterpreterCallInterpretingEvent { OutputIndex = 0, ItemId = "ci_1", SequenceNumber = 2 });
        accumulator.Apply(new ResponseCodeInterpreterCallCodeDeltaEvent { OutputIndex = 0, ItemId = "ci_1", Delta = "print(", SequenceNumber = 3 });
        accumulator.Apply(new ResponseMcpCallArgumentsDeltaEvent { OutputIndex = 1, ItemId = "mcp_1", Delta = "{\"q\":", SequenceNumber = 4 });

        var partial = accumulator.ToResponse()!;
        var interpreter = Assert.IsType<CodeInterpreterCallItem>(partial.Output[0]);
        Assert.Equal(("print(", ResponseItemStatus.Interpreting), (interpreter.Code, interpreter.Status));
        Assert.Equal("{\"q\":", Assert.IsType<McpCallItem>(partial.Output[1]).Arguments);

        accumulator.Apply(new ResponseCodeInterpreterCallCodeDoneEvent { OutputIndex = 0, ItemId = "ci_1", Code = "print(1)", SequenceNumber = 5 });
        accumulator.Apply(new ResponseMcpCallArgumentsDoneEvent { OutputIndex = 1, ItemId = "mcp_1", Arguments = "{\"q\":1}", SequenceNumber = 6 });
        accumulator.Apply(new ResponseMcpCallFailedEvent { OutputIndex = 1, ItemId = "mcp_1", SequenceNumber = 7 });

        var done = accumulator.ToResponse()!;
        Assert.Equal("print(1)", Assert.IsType<CodeInterpreterCallItem>(done.Output[0]).Code);
        var mcp = Assert.IsType<McpCallItem>(done.Output[1]);
        Assert.Equal(("{\"q\":1}", ResponseItemStatus.Failed), (mcp.Arguments, mcp.Status));
    }
}
