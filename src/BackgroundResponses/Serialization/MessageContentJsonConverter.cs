using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads a message's <c>content</c> as a string or a content-part array, and writes back the form it holds.</summary>
internal sealed class MessageContentJsonConverter : TextOrListJsonConverter<MessageContent, ResponseContentPart>
{
    protected override JsonTypeInfo<List<ResponseContentPart>> ListTypeInfo => ResponsesJsonContext.Default.ListResponseContentPart;

    protected override JsonTypeInfo<ResponseContentPart> ItemTypeInfo => ResponsesJsonContext.Default.ResponseContentPart;

    protected override string Description => "a message's content";

    protected override MessageContent FromText(string text) => MessageContent.FromText(text);

    protected override MessageContent FromList(List<ResponseContentPart> items) => MessageContent.FromParts(items);

    protected override string? GetText(MessageContent value) => value.Text;

    protected override IList<ResponseContentPart> GetList(MessageContent value) => value.Parts!;
}
