using System.Text.Json;

namespace BackgroundResponses.Tests.Serialization;

public class UnixTimestampJsonConverterTests
{
    private static ModelResponse Read(string json) => JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ModelResponse)!;

    private static string Write(ModelResponse response) => JsonSerializer.Serialize(response, ResponsesJsonContext.Default.ModelResponse);

    [Fact]
    public void WholeSeconds_StayAnInteger()
    {
        var json = """{"id":"r","object":"response","created_at":1741386163,"completed_at":1741386164}""";

        var response = Read(json);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1741386163), response.CreatedAt);
        Assert.StartsWith("""{"id":"r","object":"response","created_at":1741386163,"completed_at":1741386164,""", Write(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1741386163.5")]
    [InlineData("1741386163.25")]
    [InlineData("1741386163.1234567")]
    public void FractionalSeconds_AreReadAndWrittenBackIdentically(string wire)
    {
        var response = Read($$"""{"id":"r","created_at":{{wire}}}""");

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1741386163), response.CreatedAt.AddTicks(-(response.CreatedAt.UtcTicks % TimeSpan.TicksPerSecond)));
        Assert.Contains($"\"created_at\":{wire},", Write(response), StringComparison.Ordinal);
    }

    [Fact]
    public void FloatWrittenWholeNumber_IsRead()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1741386163), Read("""{"id":"r","created_at":1741386163.0}""").CreatedAt);
    }

    [Fact]
    public void NonUtcOffset_IsWrittenAsTheSameInstant()
    {
        var response = new ModelResponse { Id = "r", CreatedAt = new DateTimeOffset(2025, 3, 7, 23, 22, 43, TimeSpan.FromHours(2)) };

        Assert.Contains("\"created_at\":1741382563,", Write(response), StringComparison.Ordinal);
    }

    [Fact]
    public void NullCompletedAt_ReadsAsNull()
    {
        Assert.Null(Read("""{"id":"r","created_at":1,"completed_at":null}""").CompletedAt);
    }
}
