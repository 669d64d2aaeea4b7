using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="ComputerAction"/> by its <c>type</c>.</summary>
internal sealed class ComputerActionJsonConverter : PolymorphicJsonConverter<ComputerAction>
{
    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        if (typeValue.ValueTextEquals("click"u8))
        {
            return ResponsesJsonContext.Default.ComputerClickAction;
        }

        if (typeValue.ValueTextEquals("double_click"u8))
        {
            return ResponsesJsonContext.Default.ComputerDoubleClickAction;
        }

        if (typeValue.ValueTextEquals("drag"u8))
        {
            return ResponsesJsonContext.Default.ComputerDragAction;
        }

        if (typeValue.ValueTextEquals("keypress"u8))
        {
            return ResponsesJsonContext.Default.ComputerKeyPressAction;
        }

        if (typeValue.ValueTextEquals("move"u8))
        {
            return ResponsesJsonContext.Default.ComputerMoveAction;
        }

        if (typeValue.ValueTextEquals("screenshot"u8))
        {
            return ResponsesJsonContext.Default.ComputerScreenshotAction;
        }

        if (typeValue.ValueTextEquals("scroll"u8))
        {
            return ResponsesJsonContext.Default.ComputerScrollAction;
        }

        if (typeValue.ValueTextEquals("type"u8))
        {
            return ResponsesJsonContext.Default.ComputerTypeAction;
        }

        if (typeValue.ValueTextEquals("wait"u8))
        {
            return ResponsesJsonContext.Default.ComputerWaitAction;
        }

        return null;
    }

    /// <inheritdoc />
    protected override ComputerAction CreateUnknown(JsonElement rawJson) => new UnknownComputerAction(rawJson);
}
