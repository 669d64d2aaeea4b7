using System.Text.Json.Nodes;

namespace BackgroundResponses.Tests;

internal static class JsonAssert
{
    /// <summary>
    /// Asserts two JSON texts are the same document, ignoring property order. Properties named in
    /// <paramref name="omittableNulls"/> may be <c>null</c> in <paramref name="expected"/> and absent from
    /// <paramref name="actual"/>: the SDK omits null known fields on write. Every other property, unknown
    /// nulls included, must be identical.
    /// </summary>
    public static void Equivalent(string expected, string actual, params string[] omittableNulls)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        RemoveNulls(expectedNode, new HashSet<string>(omittableNulls, StringComparer.Ordinal));

        if (!JsonNode.DeepEquals(expectedNode, actualNode))
        {
            Assert.Fail($"JSON differs.\nExpected: {expectedNode?.ToJsonString()}\nActual:   {actualNode?.ToJsonString()}");
        }
    }

    /// <summary>Asserts two JSON texts are the same document: property order and whitespace do not matter.</summary>
    public static void Equal(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actualNode),
            $"JSON differs.{Environment.NewLine}Expected: {expectedNode?.ToJsonString()}{Environment.NewLine}Actual:   {actualNode?.ToJsonString()}");
    }

    private static void RemoveNulls(JsonNode? node, HashSet<string> names)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var property in obj.ToList())
                {
                    if (property.Value is null && names.Contains(property.Key))
                    {
                        obj.Remove(property.Key);
                    }
                    else
                    {
                        RemoveNulls(property.Value, names);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    RemoveNulls(item, names);
                }

                break;
        }
    }
}
