using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses.Tests.Serialization;

/// <summary>
/// The public JSON entry point: what a user stores (a database row, a file) must read back as the same model, and it
/// must be byte for byte what the client itself reads and writes. Driven by the real traffic in Fixtures/recorded.
/// </summary>
public class ResponsesJsonTests
{
    // ModelResponse-level nulls the SDK models and omits on write: the only difference a round trip may show.
    [Fact]
    public void Options_AreReadOnly_AndBackedByTheSourceGeneratedContext()
    {
        Assert.True(ResponsesJson.Options.IsReadOnly);
        Assert.Same(ResponsesJsonContext.Default, ResponsesJson.Options.TypeInfoResolver);
        Assert.Throws<InvalidOperationException>(() => ResponsesJson.Options.WriteIndented = true);
    }

    [Fact]
    public void Options_ResolveConcreteModelTypes_ForTheTypeInfoOverloads()
    {
        var completed = new ResponseCompletedEvent { SequenceNumber = 3, Response = new ModelResponse { Id = "resp_1", CreatedAt = DateTimeOffset.FromUnixTimeSeconds(9) } };
        var typeInfo = (JsonTypeInfo<ResponseCompletedEvent>)ResponsesJson.Options.GetTypeInfo(typeof(ResponseCompletedEvent));

        var written = JsonSerializer.Serialize(completed, typeInfo);

        Assert.Equal(ResponsesJson.Serialize(completed), written);
        Assert.Equal("resp_1", JsonSerializer.Deserialize(written, typeInfo)!.Response.Id);
    }

    [Fact]
    public void Options_RejectATypeTheSdkDoesNotModel()
    {
        Assert.Throws<NotSupportedException>(() => ResponsesJson.Options.GetTypeInfo(typeof(Uri)));
    }

    [Theory]
    [InlineData("background-stream.retrieve-completed.json")]
    [InlineData("cancel.create-response.json")]
    [InlineData("cancel.cancel-response.json")]
    public void RecordedResponse_RoundTrips_AndStoringItAgainChangesNothing(string file)
    {
        var json = TestFixtures.Read("recorded", file);

        var response = ResponsesJson.DeserializeModelResponse(json);
        var stored = ResponsesJson.Serialize(response);
        var restored = ResponsesJson.DeserializeModelResponse(stored);

        JsonAssert.EquivalentExceptOmittedNulls(json, stored, KnownOptionalNulls.InResponse);
        Assert.Equal(stored, ResponsesJson.Serialize(restored));
        Assert.Equal(response.Id, restored.Id);
        Assert.Equal(response.Status, restored.Status);
        Assert.Equal(response.CreatedAt, restored.CreatedAt);
        Assert.Equal(response.OutputText, restored.OutputText);
    }

    [Fact]
    public void RecordedResponse_IsWrittenExactlyAsTheClientsOwnContextWritesIt()
    {
        var json = TestFixtures.Read("recorded", "background-stream.retrieve-completed.json");

        var viaClientContext = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ModelResponse)!;

        Assert.Equal(JsonSerializer.Serialize(viaClientContext, ResponsesJsonContext.Default.ModelResponse), ResponsesJson.Serialize(ResponsesJson.DeserializeModelResponse(json)));
    }

    [Theory]
    [InlineData("background-stream.sse")]
    [InlineData("background-stream.resume-starting-after-1.sse")]
    public void RecordedStreamEvents_RoundTripOneByOne_AsTheirOwnClass(string file)
    {
        var data = TestFixtures.ReadSseData(file);
        Assert.NotEmpty(data);

        foreach (var element in data)
        {
            var json = element.GetRawText();
            var streamEvent = ResponsesJson.DeserializeResponseStreamEvent(json);
            var stored = ResponsesJson.Serialize(streamEvent);
            var replayed = ResponsesJson.DeserializeResponseStreamEvent(stored);

            JsonAssert.EquivalentExceptOmittedNulls(json, stored, KnownOptionalNulls.InResponseEvent);
            Assert.IsType(streamEvent.GetType(), replayed);
            Assert.IsNotType<UnknownResponseStreamEvent>(replayed);
            Assert.Equal(element.GetProperty("type").GetString(), replayed.Type);
            Assert.Equal(element.GetProperty("sequence_number").GetInt32(), replayed.SequenceNumber);
            Assert.Equal(stored, ResponsesJson.Serialize(replayed));
        }
    }

    [Fact]
    public void RecordedTerminalEvent_ReplaysWithTheWholeResponse()
    {
        var last = TestFixtures.ReadSseData("background-stream.sse")[^1].GetRawText();

        var completed = Assert.IsType<ResponseCompletedEvent>(ResponsesJson.DeserializeResponseStreamEvent(ResponsesJson.Serialize(ResponsesJson.DeserializeResponseStreamEvent(last))));

        Assert.Equal(335, completed.SequenceNumber);
        Assert.Equal(ResponseStatus.Completed, completed.Response.Status);
        Assert.StartsWith("Of course! Here’s a gentle bedtime story", completed.Response.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEventType_ReadsAsUnknownEvent_AndIsWrittenBackVerbatim()
    {
        const string Json = """{"type":"response.future_thing.delta","sequence_number":4,"payload":{"a":[1,2]}}""";

        var streamEvent = ResponsesJson.DeserializeResponseStreamEvent(Json);

        Assert.IsType<UnknownResponseStreamEvent>(streamEvent);
        Assert.Equal(4, streamEvent.SequenceNumber);
        JsonAssert.Equal(Json, ResponsesJson.Serialize(streamEvent));
    }

    [Fact]
    public void PolledEvent_IsNotAWireEvent_AndReadsBackAsUnknown()
    {
        // Decoding maps only the server's event types, and this one is the SDK's own; the stored JSON keeps the response anyway.
        var polled = new ResponsePolledEvent { SequenceNumber = 12, Response = new ModelResponse { Id = "resp_1", Status = ResponseStatus.Completed } };
        var stored = ResponsesJson.Serialize(polled);

        var read = Assert.IsType<UnknownResponseStreamEvent>(ResponsesJson.DeserializeResponseStreamEvent(stored));

        Assert.Equal(ResponsePolledEvent.EventType, read.Type);
        Assert.Equal(stored, ResponsesJson.Serialize(read));
    }

    [Fact]
    public void RecordedCreateRequest_RoundTrips_KeepingBackgroundAndStreamAsAdditionalProperties()
    {
        var json = TestFixtures.Read("recorded", "background-stream.request.json");

        var request = ResponsesJson.DeserializeCreateResponseRequest(json);
        var stored = ResponsesJson.Serialize(request);

        Assert.Equal("gpt-4.1-mini", request.Model);
        Assert.Equal("Tell me a bedtime story.", Assert.IsType<InputTextPart>(Assert.Single(Assert.IsType<MessageItem>(Assert.Single(request.Input!.Items!)).Content)).Text);
        Assert.Equal(["background", "stream"], request.AdditionalProperties!.Keys.Order(StringComparer.Ordinal));
        JsonAssert.Equivalent(json, stored);
        Assert.Equal(stored, ResponsesJson.Serialize(ResponsesJson.DeserializeCreateResponseRequest(stored)));
    }

    [Fact]
    public void CreateRequestBuiltInCode_IsWrittenWithoutBackgroundAndStream()
    {
        var request = new CreateResponseRequest { Model = "gpt-5.5", Input = "Hi" };

        Assert.Equal("""{"model":"gpt-5.5","input":"Hi"}""", ResponsesJson.Serialize(request));
    }

    [Fact]
    public void RecordedOutputItems_RoundTripThroughTheItemBaseType()
    {
        var response = ResponsesJson.DeserializeModelResponse(TestFixtures.Read("recorded", "background-stream.retrieve-completed.json"));
        var item = Assert.Single(response.Output);

        var stored = ResponsesJson.Serialize(item);
        var restored = Assert.IsType<MessageItem>(ResponsesJson.DeserializeResponseItem(stored));

        Assert.StartsWith("""{"type":"message",""", stored, StringComparison.Ordinal);
        Assert.Equal(item.Id, restored.Id);
        Assert.Equal(MessageRole.Assistant, restored.Role);
        Assert.Equal(stored, ResponsesJson.Serialize(restored));
    }

    [Fact]
    public void SpecItemList_RoundTrips()
    {
        var json = TestFixtures.Read("spec", "ResponseItemList.json");

        var list = ResponsesJson.DeserializeResponseItemList(json);

        Assert.Equal("msg_abc123", Assert.IsType<MessageItem>(Assert.Single(list.Data)).Id);
        JsonAssert.Equivalent(json, ResponsesJson.Serialize(list));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Deserialize_MalformedJson_ThrowsJsonExceptionNamingTheTarget(string typeName)
    {
        var ex = Assert.Throws<JsonException>(() => ReaderFor(typeName)("""{"id": "resp_1", """));

        Assert.StartsWith($"The JSON could not be read as a {typeName}: ", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.InnerException);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Deserialize_JsonNull_ThrowsJsonException(string typeName)
    {
        var ex = Assert.Throws<JsonException>(() => ReaderFor(typeName)("null"));

        Assert.Equal($"The JSON is null where a {typeName} was expected.", ex.Message);
    }

    [Theory]
    [InlineData(nameof(ModelResponse))]
    [InlineData(nameof(CreateResponseRequest))]
    [InlineData(nameof(ResponseItemList))]
    public void Deserialize_NotAnObject_ThrowsJsonExceptionNamingTheTarget(string typeName)
    {
        var ex = Assert.Throws<JsonException>(() => ReaderFor(typeName)("[1,2]"));

        Assert.StartsWith($"The JSON could not be read as a {typeName}: ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("""{"sequence_number":1}""")]
    [InlineData("""{"type":7}""")]
    public void DeserializeResponseStreamEvent_WithoutAKnownType_KeepsTheValueAsUnknown(string json)
    {
        // As tolerant as the client reading a live stream: nothing it cannot place makes it fail.
        var streamEvent = Assert.IsType<UnknownResponseStreamEvent>(ResponsesJson.DeserializeResponseStreamEvent(json));

        JsonAssert.Equal(json, ResponsesJson.Serialize(streamEvent));
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("""{"id":"x_1","name":"n"}""")]
    public void DeserializeResponseItem_WithoutAKnownType_KeepsTheValueAsUnknown(string json)
    {
        var item = Assert.IsType<UnknownResponseItem>(ResponsesJson.DeserializeResponseItem(json));

        JsonAssert.Equal(json, ResponsesJson.Serialize(item));
    }

    [Fact]
    public void DeserializeResponseStreamEvent_KnownTypeWithTheWrongShape_ThrowsJsonException()
    {
        var ex = Assert.Throws<JsonException>(() => ResponsesJson.DeserializeResponseStreamEvent("""{"type":"response.output_text.delta","sequence_number":"three"}"""));

        Assert.StartsWith("The JSON could not be read as a ResponseStreamEvent: ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Deserialize_Null_ThrowsArgumentNullException(string typeName)
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => ReaderFor(typeName)(null!)).ParamName);
    }

    [Fact]
    public void Serialize_Null_ThrowsArgumentNullException()
    {
        Assert.Equal("response", Assert.Throws<ArgumentNullException>(() => ResponsesJson.Serialize((ModelResponse)null!)).ParamName);
        Assert.Equal("streamEvent", Assert.Throws<ArgumentNullException>(() => ResponsesJson.Serialize((ResponseStreamEvent)null!)).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => ResponsesJson.Serialize((CreateResponseRequest)null!)).ParamName);
        Assert.Equal("item", Assert.Throws<ArgumentNullException>(() => ResponsesJson.Serialize((ResponseItem)null!)).ParamName);
        Assert.Equal("itemList", Assert.Throws<ArgumentNullException>(() => ResponsesJson.Serialize((ResponseItemList)null!)).ParamName);
    }

    public static TheoryData<string> Readers() =>
        [nameof(ModelResponse), nameof(ResponseStreamEvent), nameof(CreateResponseRequest), nameof(ResponseItem), nameof(ResponseItemList)];

    private static Func<string, object> ReaderFor(string typeName) => typeName switch
    {
        nameof(ModelResponse) => ResponsesJson.DeserializeModelResponse,
        nameof(ResponseStreamEvent) => ResponsesJson.DeserializeResponseStreamEvent,
        nameof(CreateResponseRequest) => ResponsesJson.DeserializeCreateResponseRequest,
        nameof(ResponseItem) => ResponsesJson.DeserializeResponseItem,
        nameof(ResponseItemList) => ResponsesJson.DeserializeResponseItemList,
        _ => throw new ArgumentOutOfRangeException(nameof(typeName), typeName, null),
    };
}
