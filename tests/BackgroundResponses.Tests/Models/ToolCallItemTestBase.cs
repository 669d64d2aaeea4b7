using System.Text.Json;

namespace BackgroundResponses.Tests.Models;

public abstract class ToolCallItemTestBase
{
    protected static ResponseItem Read(string json) => JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseItem)!;

    protected static string Write(ResponseItem item) => JsonSerializer.Serialize(item, ResponsesJsonContext.Default.ResponseItem);

    /// <summary>Reads <paramref name="json"/> as a <typeparamref name="T"/> and checks it is written back as the same document.</summary>
    protected static T ReadRoundTrip<T>(string json, params string[] omittableNulls)
        where T : ResponseItem
    {
        var item = Assert.IsType<T>(Read(json));
        JsonAssert.Equivalent(json, Write(item), omittableNulls);
        return item;
    }
}
