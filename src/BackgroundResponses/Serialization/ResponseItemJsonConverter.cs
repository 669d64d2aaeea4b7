using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="ResponseItem"/> by its <c>type</c>.</summary>
internal sealed class ResponseItemJsonConverter : PolymorphicJsonConverter<ResponseItem>
{
    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        var context = ResponsesJsonContext.Default;
        if (typeValue.ValueTextEquals("message"u8))
        {
            return context.MessageItem;
        }

        if (typeValue.ValueTextEquals("function_call"u8))
        {
            return context.FunctionCallItem;
        }

        if (typeValue.ValueTextEquals("function_call_output"u8))
        {
            return context.FunctionCallOutputItem;
        }

        if (typeValue.ValueTextEquals("reasoning"u8))
        {
            return context.ReasoningItem;
        }

        if (typeValue.ValueTextEquals("item_reference"u8))
        {
            return context.ItemReference;
        }

        return null;
    }

    /// <inheritdoc />
    /// <remarks>The spec's <c>EasyInputMessage</c> makes <c>type</c> optional: a <c>role</c> is enough to know it is a message.</remarks>
    protected override JsonTypeInfo? ResolveUntyped(ref Utf8JsonReader propertyName) =>
        propertyName.ValueTextEquals("role"u8) ? ResponsesJsonContext.Default.MessageItem : null;

    /// <inheritdoc />
    /// <remarks>The spec's <c>ItemReferenceParam</c> makes <c>type</c> optional: <c>{"id":"msg_1"}</c> alone is a reference.</remarks>
    protected override JsonTypeInfo? ResolveIdOnly() => ResponsesJsonContext.Default.ItemReference;

    /// <inheritdoc />
    protected override ResponseItem CreateUnknown(JsonElement rawJson) => new UnknownResponseItem(rawJson);
}
