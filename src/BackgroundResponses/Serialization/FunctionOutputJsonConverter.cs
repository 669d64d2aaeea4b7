using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Writes <see cref="FunctionOutput"/> as a JSON string or a content-part array, and reads either.</summary>
internal sealed class FunctionOutputJsonConverter : TextOrListJsonConverter<FunctionOutput, ResponseContentPart>
{
    protected override JsonTypeInfo<List<ResponseContentPart>> ListTypeInfo => ResponsesJsonContext.Default.ListResponseContentPart;

    protected override JsonTypeInfo<ResponseContentPart> ItemTypeInfo => ResponsesJsonContext.Default.ResponseContentPart;

    protected override string Description => "a function output";

    protected override FunctionOutput FromText(string text) => FunctionOutput.FromText(text);

    protected override FunctionOutput FromList(List<ResponseContentPart> items) => FunctionOutput.FromParts(items);

    protected override string? GetText(FunctionOutput value) => value.Text;

    protected override IList<ResponseContentPart> GetList(FunctionOutput value) => value.Parts!;
}
