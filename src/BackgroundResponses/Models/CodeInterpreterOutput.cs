using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>An output of a <see cref="CodeInterpreterCallItem"/>: logs or an image.</summary>
/// <remarks>Told apart by <c>type</c>. One of a type this SDK does not know is read as <see cref="UnknownCodeInterpreterOutput"/> and written back verbatim.</remarks>
[JsonConverter(typeof(CodeInterpreterOutputJsonConverter))]
public abstract class CodeInterpreterOutput
{
    /// <summary>Gets the type discriminator as on the wire, for example <c>logs</c>.</summary>
    public abstract string Type { get; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
