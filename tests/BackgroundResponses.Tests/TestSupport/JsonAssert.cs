using System.Globalization;
using System.Text.Json;
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

    /// <summary>
    /// Asserts <paramref name="actual"/> is <paramref name="expected"/> as the SDK writes it back: property order does not
    /// matter, numbers compare by value (<c>1.0</c> equals <c>1</c>), and a property may be absent from
    /// <paramref name="actual"/> only where <paramref name="expected"/> has it as <c>null</c> at one of
    /// <paramref name="omittableNullPaths"/>. A path is dotted property names from the root; <c>*</c> matches any one
    /// property name or array index, e.g. <c>response.reasoning.effort</c> or <c>output.*.status</c>.
    /// </summary>
    public static void EquivalentExceptOmittedNulls(string expected, string actual, IEnumerable<string> omittableNullPaths)
    {
        var patterns = omittableNullPaths.Select(p => p.Split('.')).ToList();
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        var difference = FindDifference(expectedDocument.RootElement, actualDocument.RootElement, [], patterns);
        if (difference is not null)
        {
            Assert.Fail($"JSON differs at {difference}.\nExpected: {expected}\nActual:   {actual}");
        }
    }

    private static string? FindDifference(JsonElement expected, JsonElement actual, List<string> path, List<string[]> omittable)
    {
        var where = path.Count == 0 ? "$" : string.Join('.', path);
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{where}: {expected.ValueKind} {expected.GetRawText()} became {actual.ValueKind} {actual.GetRawText()}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualNames = actual.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                foreach (var property in expected.EnumerateObject())
                {
                    path.Add(property.Name);
                    string? difference = null;
                    if (!actual.TryGetProperty(property.Name, out var actualValue))
                    {
                        if (property.Value.ValueKind != JsonValueKind.Null || !omittable.Any(p => Matches(p, path)))
                        {
                            difference = $"{string.Join('.', path)}: missing from the output";
                        }
                    }
                    else
                    {
                        difference = FindDifference(property.Value, actualValue, path, omittable);
                    }

                    path.RemoveAt(path.Count - 1);
                    if (difference is not null)
                    {
                        return difference;
                    }

                    actualNames.Remove(property.Name);
                }

                return actualNames.Count == 0 ? null : $"{where}: output adds {string.Join(", ", actualNames)}";
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{where}: {expected.GetArrayLength()} elements became {actual.GetArrayLength()}";
                }

                var index = 0;
                foreach (var (expectedItem, actualItem) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    path.Add(index++.ToString(CultureInfo.InvariantCulture));
                    var difference = FindDifference(expectedItem, actualItem, path, omittable);
                    path.RemoveAt(path.Count - 1);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Number:
                var sameNumber = expected.TryGetDecimal(out var expectedNumber) && actual.TryGetDecimal(out var actualNumber)
                    ? expectedNumber == actualNumber
                    : expected.GetRawText() == actual.GetRawText();
                return sameNumber ? null : $"{where}: {expected.GetRawText()} became {actual.GetRawText()}";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{where}: {expected.GetRawText()} became {actual.GetRawText()}";
            default:
                return null;
        }
    }

    private static bool Matches(string[] pattern, List<string> path) =>
        pattern.Length == path.Count && pattern.Zip(path).All(p => p.First == "*" || p.First == p.Second);

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
