using System.Text.Json;

namespace BackgroundResponses.Tests.Serialization;

// Item-list inputs with real items wait for the ResponseItem subclasses and their converter (other branch).
public class ResponseInputJsonConverterTests
{
    [Fact]
    public void ImplicitConversionFromString_WritesJsonString()
    {
        ResponseInput input = "hi";

        Assert.Equal("hi", input.Text);
        Assert.Null(input.Items);
        JsonAssert.Equal("""{"input":"hi"}""", JsonSerializer.Serialize(new CreateResponseRequest { Input = input }, ResponsesJsonContext.Default.CreateResponseRequest));
    }

    [Fact]
    public void ItemList_WritesJsonArray()
    {
        ResponseInput input = new List<ResponseItem>();

        Assert.Null(input.Text);
        JsonAssert.Equal("""{"input":[]}""", JsonSerializer.Serialize(new CreateResponseRequest { Input = input }, ResponsesJsonContext.Default.CreateResponseRequest));
    }

    [Fact]
    public void ImplicitConversionFromArray_KeepsTheItems()
    {
        ResponseInput input = Array.Empty<ResponseItem>();

        Assert.NotNull(input.Items);
        Assert.Empty(input.Items);
    }

    [Fact]
    public void Read_AcceptsString()
    {
        var request = JsonSerializer.Deserialize("""{"input":"hello"}""", ResponsesJsonContext.Default.CreateResponseRequest)!;

        Assert.Equal("hello", request.Input!.Text);
    }

    [Fact]
    public void Read_AcceptsArray()
    {
        var request = JsonSerializer.Deserialize("""{"input":[],"model":"m"}""", ResponsesJsonContext.Default.CreateResponseRequest)!;

        Assert.NotNull(request.Input!.Items);
        Assert.Empty(request.Input.Items);
        Assert.Null(request.Input.Text);
        Assert.Equal("m", request.Model);
    }

    [Fact]
    public void Read_RejectsOtherTokens()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"input":42}""", ResponsesJsonContext.Default.CreateResponseRequest));
    }
}
