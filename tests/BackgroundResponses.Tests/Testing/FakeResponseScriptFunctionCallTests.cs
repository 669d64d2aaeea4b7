using System.Text.Json;
using BackgroundResponses.Testing;
using static BackgroundResponses.Tests.Testing.FakeServerTestKit;

namespace BackgroundResponses.Tests.Testing;

public class FakeResponseScriptFunctionCallTests
{
    private const string Arguments = """{"city":"Oslo","unit":"celsius"}""";
    private const string CallId = "call_weather_1";

    [Fact]
    public async Task FunctionCall_StreamsTheWireEvents_AndOurClientDecodesThemTyped()
    {
        await using var server = await StartAsync(o => o.Script = _ => new FakeResponseScript().FunctionCall("get_weather", Arguments, CallId));
        var client = server.FastClient();

        var events = await client.CreateStreamingAsync(WeatherRequest()).CollectAsync();

        AssertGapless(events);
        var deltas = events.OfType<ResponseFunctionCallArgumentsDeltaEvent>().ToList();
        Assert.Equal((Arguments.Length + 3) / 4, deltas.Count);
        Assert.Equal(
            ["response.created", "response.queued", "response.in_progress", "response.output_item.added",
             .. deltas.Select(d => d.Type), "response.function_call_arguments.done", "response.output_item.done", "response.completed"],
            events.Select(e => e.Type));

        var completed = Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Equal(ResponseStatus.Completed, completed.Response.Status);
        var call = Assert.IsType<FunctionCallItem>(Assert.Single(completed.Response.Output));
        Assert.Equal((CallId, "get_weather", Arguments, (ResponseItemStatus?)ResponseItemStatus.Completed), (call.CallId, call.Name, call.Arguments, call.Status));
        Assert.StartsWith("fc_", call.Id, StringComparison.Ordinal);
        Assert.Equal(string.Empty, completed.Response.OutputText);
        Assert.Equal(deltas.Count, completed.Response.Usage!.OutputTokens);

        var added = Assert.IsType<FunctionCallItem>(events.OfType<ResponseOutputItemAddedEvent>().Single().Item);
        Assert.Equal((call.Id, CallId, "get_weather", string.Empty, (ResponseItemStatus?)ResponseItemStatus.InProgress), (added.Id, added.CallId, added.Name, added.Arguments, added.Status));
        Assert.Equal(Arguments, string.Concat(deltas.Select(d => d.Delta)));
        Assert.All(deltas, d => Assert.Equal((call.Id, 0), (d.ItemId, d.OutputIndex)));
        Assert.All(deltas, d => Assert.False(string.IsNullOrEmpty(d.Obfuscation)));
        var done = events.OfType<ResponseFunctionCallArgumentsDoneEvent>().Single();
        Assert.Equal((call.Id, 0, "get_weather", Arguments), (done.ItemId, done.OutputIndex, done.Name, done.Arguments));
        Assert.Equal(Json(call), Json(events.OfType<ResponseOutputItemDoneEvent>().Single().Item));

        // What ToResponseAsync assembles from the events is what the server holds.
        var assembled = await client.StreamAsync(completed.Response.Id).ToResponseAsync();
        Assert.Equal(Json(call), Json(Assert.Single(assembled.Output)));
        Assert.Equal(ResponseStatus.Completed, assembled.Status);
    }

    [Fact]
    public async Task FunctionCall_EventsOnTheWire_HaveTheSpecsFields()
    {
        await using var server = await StartAsync(o => o.Script = _ => new FakeResponseScript().FunctionCall("get_weather", Arguments, CallId));
        using var http = FakeResponsesServerTests.RawClient(server);

        using var created = await http.PostAsync("responses", new StringContent("""{"model":"gpt-5.5","input":"hi","background":true,"stream":true}""", System.Text.Encoding.UTF8, "application/json"));
        var frames = (await created.Content.ReadAsStringAsync()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(frame => frame.Split('\n'))
            .Select(lines => (Event: lines[0]["event: ".Length..], Data: JsonDocument.Parse(lines[1]["data: ".Length..]).RootElement))
            .ToList();

        Assert.All(frames, frame => Assert.Equal(frame.Event, frame.Data.GetProperty("type").GetString()));
        Assert.Equal(new[] { "type", "sequence_number", "item_id", "output_index", "delta", "obfuscation" }.Order(), PropertyNames(frames.First(f => f.Event == "response.function_call_arguments.delta").Data).Order());
        Assert.Equal(new[] { "type", "sequence_number", "item_id", "name", "output_index", "arguments" }.Order(), PropertyNames(frames.Single(f => f.Event == "response.function_call_arguments.done").Data).Order());
        var added = frames.Single(f => f.Event == "response.output_item.added").Data.GetProperty("item");
        Assert.Equal(new[] { "type", "id", "call_id", "name", "arguments", "status" }.Order(), PropertyNames(added).Order());
        Assert.Equal(("function_call", "in_progress", ""), (added.GetProperty("type").GetString(), added.GetProperty("status").GetString(), added.GetProperty("arguments").GetString()));
        var finished = frames.Single(f => f.Event == "response.output_item.done").Data.GetProperty("item");
        Assert.Equal(("completed", Arguments, CallId), (finished.GetProperty("status").GetString(), finished.GetProperty("arguments").GetString(), finished.GetProperty("call_id").GetString()));
    }

    [Fact]
    public async Task FunctionCall_PollingAndForegroundCreate_YieldTheSameCall()
    {
        await using var server = await StartAsync(o => o.Script = _ => new FakeResponseScript().FunctionCall("get_weather", Arguments));
        var client = server.FastClient();

        var streamed = await client.CreateStreamingAsync(WeatherRequest()).ToResponseAsync();
        var polled = await client.PollUntilTerminalAsync((await client.CreateAsync(WeatherRequest())).Id);
        var foreground = await client.CreateAsync(WeatherRequest(), background: false);

        var calls = new[] { streamed, polled, foreground }.Select(r => Assert.IsType<FunctionCallItem>(Assert.Single(r.Output))).ToList();
        Assert.All([streamed, polled, foreground], r => Assert.Equal(ResponseStatus.Completed, r.Status));
        Assert.All(calls, c => Assert.Equal(("get_weather", Arguments, (ResponseItemStatus?)ResponseItemStatus.Completed), (c.Name, c.Arguments, c.Status)));
        Assert.Equal(Json(polled), Json(await client.RetrieveAsync(polled.Id)));

        // Without a scripted call id every response makes its own.
        Assert.All(calls, c => Assert.StartsWith("call_", c.CallId, StringComparison.Ordinal));
        Assert.Equal(3, calls.Select(c => c.CallId).Distinct().Count());
    }

    [Fact]
    public async Task ToolLoop_CallThenAnswerWithTheOutput_EndToEnd()
    {
        await using var server = await StartAsync(o => o.Script = WeatherScript);
        var client = server.FastClient();

        var first = await client.CreateStreamingAsync(WeatherRequest()).ToResponseAsync();
        var call = Assert.IsType<FunctionCallItem>(Assert.Single(first.Output));
        var second = await client.CreateStreamingAsync(new CreateResponseRequest
        {
            Model = "gpt-5.5",
            PreviousResponseId = first.Id,
            Tools = [WeatherTool()],
            Input = new List<ResponseItem> { new FunctionCallOutputItem { CallId = call.CallId, Output = """{"temperature":12}""" } },
        }).ToResponseAsync();

        Assert.Equal(ResponseStatus.Completed, second.Status);
        Assert.Equal("""The weather tool says {"temperature":12}.""", second.OutputText);
        Assert.Equal(first.Id, second.PreviousResponseId);
        var posted = server.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, posted.Count);
        Assert.Contains($"\"call_id\":\"{CallId}\"", posted[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolLoop_StreamDroppedInTheArguments_ResumesGaplessWithTheWholeArguments()
    {
        await using var server = await StartAsync(o => o.Script = WeatherScript);
        var client = server.FastClient();
        var clean = await client.CreateStreamingAsync(WeatherRequest()).CollectAsync();
        var secondDelta = clean.OfType<ResponseFunctionCallArgumentsDeltaEvent>().ElementAt(1).SequenceNumber!.Value;
        server.ClearRequests();

        server.Faults.DropNextStreamAfter(events: secondDelta + 1);
        var events = await client.CreateStreamingAsync(WeatherRequest()).CollectAsync();

        AssertGapless(events);
        Assert.Equal(clean.Select(e => e.Type), events.Select(e => e.Type));
        Assert.Contains(server.Requests, r => r.Method == "GET" && r.Query.Contains($"starting_after={secondDelta}", StringComparison.Ordinal));
        var call = Assert.IsType<FunctionCallItem>(Assert.Single(((ResponseCompletedEvent)events[^1]).Response.Output));
        Assert.Equal(Arguments, call.Arguments);
        Assert.Equal(Arguments, string.Concat(events.OfType<ResponseFunctionCallArgumentsDeltaEvent>().Select(d => d.Delta)));
    }

    [Fact]
    public async Task FunctionCallOutput_WithoutItsCall_IsRejectedAsTheServiceDoes()
    {
        await using var server = await StartAsync(o => o.Script = WeatherScript);
        var client = server.FastClient();
        var first = await client.CreateStreamingAsync(WeatherRequest()).ToResponseAsync();

        var wrongId = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CreateAsync(FollowUp(first.Id, "call_unknown")));
        var noPrevious = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CreateAsync(FollowUp(null, CallId)));
        var noCallId = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CreateAsync(FollowUp(first.Id, null)));

        Assert.Equal((400, "No tool call found for function call output with call_id call_unknown.", "input"), (wrongId.Status, wrongId.ErrorMessage, wrongId.Param));
        Assert.Equal("No tool call found for function call output with call_id call_weather_1.", noPrevious.ErrorMessage);
        Assert.Equal((400, "input"), (noCallId.Status, noCallId.Param));

        // The call may also travel in the input itself (stateless use), and a chain reaches back past the last response.
        var stateless = await client.CreateAsync(new CreateResponseRequest
        {
            Model = "gpt-5.5",
            Input = new List<ResponseItem>
            {
                new FunctionCallItem { CallId = "call_inline", Name = "get_weather", Arguments = Arguments },
                new FunctionCallOutputItem { CallId = "call_inline", Output = "12" },
            },
        }, background: false);
        Assert.Equal("The weather tool says 12.", stateless.OutputText);
        var answered = await client.CreateAsync(FollowUp(first.Id, CallId), background: false);
        var later = await client.CreateAsync(FollowUp(answered.Id, CallId), background: false);
        Assert.Equal(ResponseStatus.Completed, later.Status);
    }

    [Fact]
    public void FunctionCall_RejectsEmptyPieces()
    {
        var script = new FakeResponseScript();

        Assert.Throws<ArgumentException>(() => script.FunctionCall(string.Empty, Arguments));
        Assert.Throws<ArgumentNullException>(() => script.FunctionCall(null!, Arguments));
        Assert.Throws<ArgumentException>(() => script.FunctionCall("get_weather", string.Empty));
        Assert.Throws<ArgumentException>(() => script.FunctionCall("get_weather", Arguments, string.Empty));
        Assert.Equal(0, script.Count);
        Assert.Equal(2, script.FunctionCall("get_weather", "{}").FunctionCall("get_time", "{}", "call_2").Count);
    }

    // The usual tool-loop script: a request with the tool gets a call, a request carrying the call's output gets an answer quoting it.
    private static FakeResponseScript? WeatherScript(CreateResponseRequest request) =>
        request.Input?.Items?.OfType<FunctionCallOutputItem>().FirstOrDefault() is { } result
            ? new FakeResponseScript().Message($"The weather tool says {result.Output}.")
            : request.Tools?.OfType<FunctionTool>().Any(tool => tool.Name == "get_weather") == true
                ? new FakeResponseScript().FunctionCall("get_weather", Arguments, CallId)
                : null;

    private static FunctionTool WeatherTool() => new()
    {
        Name = "get_weather",
        Parameters = JsonDocument.Parse("""{"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string"}},"required":["city","unit"]}""").RootElement,
    };

    private static CreateResponseRequest WeatherRequest() => new() { Model = "gpt-5.5", Input = "What is the weather in Oslo?", Tools = [WeatherTool()] };

    private static CreateResponseRequest FollowUp(string? previousResponseId, string? callId) => new()
    {
        Model = "gpt-5.5",
        PreviousResponseId = previousResponseId,
        Input = new List<ResponseItem> { new FunctionCallOutputItem { CallId = callId, Output = "12" } },
    };

    private static List<string> PropertyNames(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static string Json(ResponseItem item) => ResponsesJson.Serialize(item);

    private static string Json(ModelResponse response) => ResponsesJson.Serialize(response);
}
