using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="ShellToolEnvironment"/> by its <c>type</c>.</summary>
internal sealed class ShellToolEnvironmentJsonConverter : PolymorphicJsonConverter<ShellToolEnvironment>
{
    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        if (typeValue.ValueTextEquals("container_auto"u8))
        {
            return ResponsesJsonContext.Default.ShellContainerAutoEnvironment;
        }

        if (typeValue.ValueTextEquals("container_reference"u8))
        {
            return ResponsesJsonContext.Default.ShellContainerReferenceEnvironment;
        }

        if (typeValue.ValueTextEquals("local"u8))
        {
            return ResponsesJsonContext.Default.ShellLocalEnvironment;
        }

        return null;
    }

    /// <inheritdoc />
    protected override ShellToolEnvironment CreateUnknown(JsonElement rawJson) => new UnknownShellToolEnvironment(rawJson);
}
