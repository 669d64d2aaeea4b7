using System.Text.Json;

namespace BackgroundResponses;

/// <summary>Lets the <c>Unknown*</c> models expose a few fields of the raw JSON they keep.</summary>
internal static class JsonElementExtensions
{
    /// <summary>Gets a top-level string property of a JSON object, or <see langword="null"/>.</summary>
    /// <param name="element">The element, of any kind.</param>
    /// <param name="name">The property name.</param>
    /// <returns>The string, or <see langword="null"/> when the element is not an object or the property is absent or not a string.</returns>
    public static string? GetStringProperty(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
