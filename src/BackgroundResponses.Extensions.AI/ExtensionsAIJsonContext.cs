using System.Text.Json.Serialization;

namespace BackgroundResponses.Extensions.AI;

/// <summary>Source-generated JSON for what this package reads itself: function-call arguments (values stay <see cref="System.Text.Json.JsonElement"/>).</summary>
[JsonSerializable(typeof(Dictionary<string, object?>))]
internal sealed partial class ExtensionsAIJsonContext : JsonSerializerContext;
