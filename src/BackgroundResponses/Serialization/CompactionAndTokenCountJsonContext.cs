using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The source-generated serializer context of <c>POST /responses/compact</c> and <c>POST /responses/input_tokens</c>, with
/// the same settings as <see cref="ResponsesJsonContext"/>.
/// </summary>
/// <remarks>
/// A context of its own for the same reason as <see cref="WebhookJsonContext"/>: a context's <c>GetTypeInfo(Type)</c> switch
/// reaches every type it registers, so in <see cref="ResponsesJsonContext"/> these four were compiled into every Native AOT
/// application. Only <see cref="ResponsesClient.CompactAsync"/> and <see cref="ResponsesClient.CountInputTokensAsync"/> reach
/// this one; the items and tools inside are still read and written by their converters through <see cref="ResponsesJsonContext"/>.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.General,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    AllowTrailingCommas = false,
    WriteIndented = false)]
[JsonSerializable(typeof(InputTokenCountRequest))]
[JsonSerializable(typeof(InputTokenCount))]
[JsonSerializable(typeof(CompactResponseRequest))]
[JsonSerializable(typeof(CompactedResponse))]
internal sealed partial class CompactionAndTokenCountJsonContext : JsonSerializerContext
{
}
