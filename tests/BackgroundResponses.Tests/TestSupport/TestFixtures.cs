using System.Text.Json;

namespace BackgroundResponses.Tests;

/// <summary>Loads files from Fixtures/, which the csproj copies next to the test assembly.</summary>
internal static class TestFixtures
{
    public static string Read(params string[] relativePath) =>
        File.ReadAllText(Path.Combine([AppContext.BaseDirectory, "Fixtures", .. relativePath]));

    /// <summary>The JSON payload of every <c>data:</c> line of a recorded SSE stream, in order.</summary>
    public static IReadOnlyList<JsonElement> ReadSseData(string recordedFile)
    {
        var events = new List<JsonElement>();
        foreach (var line in Read("recorded", recordedFile).Split('\n'))
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                using var document = JsonDocument.Parse(line["data:".Length..]);
                events.Add(document.RootElement.Clone());
            }
        }

        return events;
    }
}
