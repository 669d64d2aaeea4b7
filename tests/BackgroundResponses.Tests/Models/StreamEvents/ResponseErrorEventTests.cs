using System.Text.Json;

namespace BackgroundResponses.Tests.Models.StreamEvents;

/// <summary>The <c>error</c> event, flat as in the spec and nested as seen on the wire (api-facts §5.4).</summary>
public class ResponseErrorEventTests
{
    private const string Flat = """{"type":"error","code":"ERR_SOMETHING","message":"Something went wrong","param":null,"sequence_number":1}""";

    private const string Nested = """{"type":"error","sequence_number":2,"error":{"type":"too_many_requests","code":"too_many_requests","message":"Too Many Requests","param":null}}""";

    [Fact]
    public void Flat_SpecShape_Reads()
    {
        var error = Read(Flat);

        Assert.Equal(1, error.SequenceNumber);
        Assert.Equal("ERR_SOMETHING", error.Code);
        Assert.Equal("Something went wrong", error.Message);
        Assert.Null(error.Param);
        Assert.Null(error.ErrorType);
        Assert.Null(error.AdditionalProperties);
    }

    [Fact]
    public void Nested_WireShape_Reads()
    {
        var error = Read(Nested);

        Assert.Equal(2, error.SequenceNumber);
        Assert.Equal("too_many_requests", error.ErrorType);
        Assert.Equal("too_many_requests", error.Code);
        Assert.Equal("Too Many Requests", error.Message);
        Assert.Null(error.Param);
        Assert.Null(error.AdditionalProperties);
    }

    [Theory]
    [InlineData(Flat)]
    [InlineData(Nested)]
    [InlineData("""{"type":"error","error":{"type":"service_unavailable_error","code":null,"message":"Unable to verify model access right now. Please retry.","param":null},"sequence_number":2}""")]
    [InlineData("""{"sequence_number":3,"error":{"message":"m","type":"x","code":"c","param":"p","retry_after":5},"type":"error","extra":[1]}""")]
    public void WritesBackTheShapeItWasReadIn(string json)
    {
        var written = JsonSerializer.Serialize(Read(json), ResponsesJsonContext.Default.ResponseStreamEvent);

        JsonAssert.Equal(json, written);
    }

    [Fact]
    public void TopLevelFieldsWin_NestedFillsTheGaps()
    {
        var error = Read("""{"type":"error","sequence_number":4,"message":"top","code":null,"error":{"type":"server_error","code":"nested_code","message":"nested","param":"p"}}""");

        Assert.Equal("top", error.Message);
        Assert.Equal("nested_code", error.Code);
        Assert.Equal("p", error.Param);
        Assert.Equal("server_error", error.ErrorType);
    }

    [Fact]
    public void NonStringCodeAndParam_AreKeptAsTheirJsonText()
    {
        var error = Read("""{"type":"error","sequence_number":5,"code":429,"message":"m","param":{"name":"input"}}""");

        Assert.Equal("429", error.Code);
        Assert.Equal("""{"name":"input"}""", error.Param);

        var nested = Read("""{"type":"error","sequence_number":6,"error":{"type":"t","code":true,"message":"m","param":[1,2]}}""");

        Assert.Equal("true", nested.Code);
        Assert.Equal("[1,2]", nested.Param);
    }

    [Fact]
    public void BuiltInCode_WritesTheFlatSpecShape_PlusTheNestedOneWhenItHasAnErrorType()
    {
        var flat = new ResponseErrorEvent { SequenceNumber = 1, Code = "c", Message = "m" };
        var typed = new ResponseErrorEvent { SequenceNumber = 2, Code = "c", Message = "m", ErrorType = "server_error" };

        Assert.Equal(
            """{"type":"error","sequence_number":1,"code":"c","message":"m","param":null}""",
            JsonSerializer.Serialize<ResponseStreamEvent>(flat, ResponsesJsonContext.Default.ResponseStreamEvent));
        Assert.Equal(
            """{"type":"error","sequence_number":2,"code":"c","message":"m","param":null,"error":{"type":"server_error","code":"c","message":"m","param":null}}""",
            JsonSerializer.Serialize<ResponseStreamEvent>(typed, ResponsesJsonContext.Default.ResponseStreamEvent));
    }

    [Fact]
    public void ReadDirectly_WithoutTheBaseConverter()
    {
        var error = JsonSerializer.Deserialize(Nested, ResponsesJsonContext.Default.ResponseErrorEvent)!;

        Assert.Equal("Too Many Requests", error.Message);
        JsonAssert.Equal(Nested, JsonSerializer.Serialize(error, ResponsesJsonContext.Default.ResponseErrorEvent));
    }

    private static ResponseErrorEvent Read(string json) =>
        Assert.IsType<ResponseErrorEvent>(JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseStreamEvent));
}
