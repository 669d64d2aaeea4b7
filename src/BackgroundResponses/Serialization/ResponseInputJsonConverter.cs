using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Writes <see cref="ResponseInput"/> as a JSON string or an item array, and reads either.</summary>
/// <remarks>Items go through the context's <see cref="ResponseItem"/> metadata, so they use whatever converter that type declares.</remarks>
internal sealed class ResponseInputJsonConverter : TextOrListJsonConverter<ResponseInput, ResponseItem>
{
    protected override JsonTypeInfo<List<ResponseItem>> ListTypeInfo => ResponsesJsonContext.Default.ListResponseItem;

    protected override JsonTypeInfo<ResponseItem> ItemTypeInfo => ResponsesJsonContext.Default.ResponseItem;

    protected override string Description => "the input";

    protected override ResponseInput FromText(string text) => ResponseInput.FromText(text);

    protected override ResponseInput FromList(List<ResponseItem> items) => ResponseInput.FromItems(items);

    protected override string? GetText(ResponseInput value) => value.Text;

    protected override IList<ResponseItem> GetList(ResponseInput value) => value.Items!;
}
