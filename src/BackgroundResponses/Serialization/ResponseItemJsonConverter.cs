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

        if (typeValue.ValueTextEquals("web_search_call"u8))
        {
            return context.WebSearchCallItem;
        }

        if (typeValue.ValueTextEquals("file_search_call"u8))
        {
            return context.FileSearchCallItem;
        }

        if (typeValue.ValueTextEquals("code_interpreter_call"u8))
        {
            return context.CodeInterpreterCallItem;
        }

        if (typeValue.ValueTextEquals("image_generation_call"u8))
        {
            return context.ImageGenerationCallItem;
        }

        if (typeValue.ValueTextEquals("mcp_call"u8))
        {
            return context.McpCallItem;
        }

        if (typeValue.ValueTextEquals("mcp_list_tools"u8))
        {
            return context.McpListToolsItem;
        }

        if (typeValue.ValueTextEquals("mcp_approval_request"u8))
        {
            return context.McpApprovalRequestItem;
        }

        if (typeValue.ValueTextEquals("mcp_approval_response"u8))
        {
            return context.McpApprovalResponseItem;
        }

        if (typeValue.ValueTextEquals("compaction"u8))
        {
            return context.CompactionItem;
        }

        if (typeValue.ValueTextEquals("compaction_trigger"u8))
        {
            return context.CompactionTriggerItem;
        }

        if (typeValue.ValueTextEquals("computer_call"u8))
        {
            return context.ComputerCallItem;
        }

        if (typeValue.ValueTextEquals("computer_call_output"u8))
        {
            return context.ComputerCallOutputItem;
        }

        if (typeValue.ValueTextEquals("custom_tool_call"u8))
        {
            return context.CustomToolCallItem;
        }

        if (typeValue.ValueTextEquals("custom_tool_call_output"u8))
        {
            return context.CustomToolCallOutputItem;
        }

        if (typeValue.ValueTextEquals("local_shell_call"u8))
        {
            return context.LocalShellCallItem;
        }

        if (typeValue.ValueTextEquals("local_shell_call_output"u8))
        {
            return context.LocalShellCallOutputItem;
        }

        if (typeValue.ValueTextEquals("shell_call"u8))
        {
            return context.ShellCallItem;
        }

        if (typeValue.ValueTextEquals("shell_call_output"u8))
        {
            return context.ShellCallOutputItem;
        }

        if (typeValue.ValueTextEquals("apply_patch_call"u8))
        {
            return context.ApplyPatchCallItem;
        }

        if (typeValue.ValueTextEquals("apply_patch_call_output"u8))
        {
            return context.ApplyPatchCallOutputItem;
        }

        if (typeValue.ValueTextEquals("tool_search_call"u8))
        {
            return context.ToolSearchCallItem;
        }

        if (typeValue.ValueTextEquals("tool_search_output"u8))
        {
            return context.ToolSearchOutputItem;
        }

        if (typeValue.ValueTextEquals("additional_tools"u8))
        {
            return context.AdditionalToolsItem;
        }

        if (typeValue.ValueTextEquals("program"u8))
        {
            return context.ProgramItem;
        }

        if (typeValue.ValueTextEquals("program_output"u8))
        {
            return context.ProgramOutputItem;
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
