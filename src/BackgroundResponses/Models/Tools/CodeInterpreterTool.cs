using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The hosted code interpreter tool, which runs Python code in a container (spec <c>CodeInterpreterTool</c>).</summary>
public sealed class CodeInterpreterTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "code_interpreter";

    /// <summary>Gets <c>code_interpreter</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>
    /// Gets or sets the container: the id of an existing one, or an automatically created one (a
    /// <see cref="string"/> id and a <see cref="CodeInterpreterAutoContainer"/> convert implicitly); required by the API.
    /// </summary>
    public CodeInterpreterContainer? Container { get; set; }

    /// <summary>Gets or sets who may invoke the tool: the model directly, code run by programmatic tool calling, or both.</summary>
    public IList<ToolCaller>? AllowedCallers { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a code interpreter tool with an automatically created container.</summary>
    /// <param name="fileIds">Uploaded files to make available to the code.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileIds"/> is <see langword="null"/>.</exception>
    public static CodeInterpreterTool CreateAuto(params IEnumerable<string> fileIds)
    {
        ArgumentNullException.ThrowIfNull(fileIds);
        var files = fileIds.ToList();
        return new CodeInterpreterTool { Container = new CodeInterpreterAutoContainer { FileIds = files.Count == 0 ? null : files } };
    }
}
