using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// An input item that asks the server to compact the conversation so far (type <c>compaction_trigger</c>, spec
/// <c>CompactionTriggerItemParam</c>). It must be the last item of the input.
/// </summary>
/// <remarks>
/// The spec says no more than that; <see cref="ResponsesClient.CompactAsync(CompactResponseRequest, CancellationToken)"/>
/// is the documented way to compact, whose <see cref="CompactionItem"/> output is passed as input later.
/// </remarks>
public sealed class CompactionTriggerItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "compaction_trigger";
}
