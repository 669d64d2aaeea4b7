using System.Text.Json;

namespace BackgroundResponses.Tests.Models.Tools;

/// <summary>Reads and writes tools the way a create request carries them.</summary>
internal static class ToolJson
{
    public static ResponseTool Read(string toolJson) =>
        Assert.Single(JsonSerializer.Deserialize($$"""{"tools":[{{toolJson}}]}""", ResponsesJsonContext.Default.CreateResponseRequest)!.Tools!);

    public static T Read<T>(string toolJson)
        where T : ResponseTool => Assert.IsType<T>(Read(toolJson));

    public static string Write(ResponseTool tool)
    {
        var request = JsonSerializer.Serialize(new CreateResponseRequest { Tools = [tool] }, ResponsesJsonContext.Default.CreateResponseRequest);
        using var document = JsonDocument.Parse(request);
        return document.RootElement.GetProperty("tools")[0].GetRawText();
    }

    /// <summary>Reads <paramref name="toolJson"/>, asserts it writes back as the same document, and returns the typed tool.</summary>
    public static T RoundTrip<T>(string toolJson)
        where T : ResponseTool
    {
        var tool = Read<T>(toolJson);
        JsonAssert.Equal(toolJson, Write(tool));
        return tool;
    }
}
