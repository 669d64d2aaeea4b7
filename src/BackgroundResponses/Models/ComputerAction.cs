using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>An action of a <see cref="ComputerCallItem"/>: click, drag, type, scroll, …</summary>
/// <remarks>Told apart by <c>type</c>. One of a type this SDK does not know is read as <see cref="UnknownComputerAction"/> and written back verbatim.</remarks>
[JsonConverter(typeof(ComputerActionJsonConverter))]
public abstract class ComputerAction
{
    /// <summary>Gets the type discriminator as on the wire, for example <c>click</c>.</summary>
    public abstract string Type { get; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
