using System.Text.Json.Nodes;
using Xunit;

namespace BackgroundResponses.Tests;

/// <summary>Semantic JSON comparison: property order and whitespace do not matter.</summary>
internal static class JsonAssert
{
    public static void Equal(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actualNode),
            $"JSON differs.{Environment.NewLine}Expected: {expectedNode?.ToJsonString()}{Environment.NewLine}Actual:   {actualNode?.ToJsonString()}");
    }
}
