using System.Text.Json;

namespace BackgroundResponses.Tests.Serialization;

public class ResponseTextFormatJsonConverterTests
{
    private static string Write(ResponseTextFormat format) =>
        JsonSerializer.Serialize(new ResponseTextOptions { Format = format }, ResponsesJsonContext.Default.ResponseTextOptions);

    private static ResponseTextFormat Read(string formatJson) =>
        JsonSerializer.Deserialize($$"""{"format":{{formatJson}}}""", ResponsesJsonContext.Default.ResponseTextOptions)!.Format!;

    [Fact]
    public void TextFormat_Writes()
    {
        JsonAssert.Equal("""{"format":{"type":"text"}}""", Write(new TextFormat()));
    }

    [Fact]
    public void JsonObjectFormat_Writes()
    {
        JsonAssert.Equal("""{"format":{"type":"json_object"}}""", Write(new JsonObjectFormat()));
    }

    [Fact]
    public void JsonSchemaFormat_WritesFlatSpecShape()
    {
        var format = JsonSchemaFormat.Create("person", """{"type":"object","properties":{"name":{"type":"string"}}}""", strict: true);

        JsonAssert.Equal(
            """{"format":{"type":"json_schema","name":"person","schema":{"type":"object","properties":{"name":{"type":"string"}}},"strict":true}}""",
            Write(format));
    }

    [Fact]
    public void JsonSchemaFormat_Create_ValidatesArguments()
    {
        Assert.Throws<ArgumentException>(() => JsonSchemaFormat.Create(" ", "{}"));
        Assert.Throws<ArgumentException>(() => JsonSchemaFormat.Create("n", ""));
    }

    [Fact]
    public void Verbosity_IsWritten()
    {
        JsonAssert.Equal(
            """{"verbosity":"medium"}""",
            JsonSerializer.Serialize(new ResponseTextOptions { Verbosity = TextVerbosity.Medium }, ResponsesJsonContext.Default.ResponseTextOptions));
    }

    [Fact]
    public void Read_EachKnownFormat()
    {
        Assert.IsType<TextFormat>(Read("""{"type":"text"}"""));
        Assert.IsType<JsonObjectFormat>(Read("""{"type":"json_object"}"""));
        var schema = Assert.IsType<JsonSchemaFormat>(Read("""{"schema":{"type":"object"},"type":"json_schema","name":"n","description":"d","strict":false}"""));
        Assert.Equal("n", schema.Name);
        Assert.Equal("d", schema.Description);
        Assert.False(schema.Strict);
        Assert.Equal(JsonValueKind.Object, schema.Schema!.Value.ValueKind);
        Assert.Null(schema.AdditionalProperties);
    }

    [Fact]
    public void Read_UnknownFormatIsKeptVerbatim()
    {
        var json = """{"type":"grammar","syntax":"lark","definition":"start: WORD"}""";

        var format = Assert.IsType<RawTextFormat>(Read(json));

        Assert.Equal("grammar", format.Type);
        JsonAssert.Equal($$"""{"format":{{json}}}""", Write(format));
    }
}
