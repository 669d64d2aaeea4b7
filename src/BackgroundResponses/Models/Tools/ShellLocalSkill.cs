using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A skill available on your machine to a <see cref="ShellLocalEnvironment"/> (spec <c>LocalSkillParam</c>).</summary>
public sealed class ShellLocalSkill
{
    /// <summary>Gets or sets the name of the skill; required by the API.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the description of the skill; required by the API.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the directory that holds the skill; required by the API.</summary>
    public string? Path { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
