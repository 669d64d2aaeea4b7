using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The file operation of an <see cref="ApplyPatchCallItem"/> (spec <c>ApplyPatchCreateFileOperation</c>, <c>ApplyPatchUpdateFileOperation</c> or <c>ApplyPatchDeleteFileOperation</c>).</summary>
/// <remarks>The three kinds share one class: they differ only in whether <see cref="Diff"/> is set.</remarks>
public sealed class ApplyPatchOperation
{
    /// <summary>Gets or sets the operation: <c>create_file</c>, <c>update_file</c> or <c>delete_file</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the path of the file.</summary>
    public string? Path { get; set; }

    /// <summary>Gets or sets the diff to apply; absent for <c>delete_file</c>.</summary>
    public string? Diff { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
