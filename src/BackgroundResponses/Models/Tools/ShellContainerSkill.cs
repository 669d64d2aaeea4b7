using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// A skill installed in an automatic container (spec <c>SkillReferenceParam</c> and <c>InlineSkillParam</c>): one
/// class for both, told apart by <see cref="Type"/>; a reference sets <see cref="SkillId"/>, an inline skill
/// <see cref="Name"/>, <see cref="Description"/> and <see cref="Source"/>.
/// </summary>
public sealed class ShellContainerSkill
{
    /// <summary>The type of a skill created with the skills endpoint.</summary>
    public const string ReferenceType = "skill_reference";

    /// <summary>The type of a skill given in the request.</summary>
    public const string InlineType = "inline";

    /// <summary>Gets or sets <c>skill_reference</c> or <c>inline</c>; required by the API.</summary>
    [JsonPropertyOrder(-1)]
    public string? Type { get; set; }

    /// <summary>Gets or sets the id of the referenced skill (<c>skill_reference</c> only).</summary>
    public string? SkillId { get; set; }

    /// <summary>Gets or sets the version of the referenced skill: a positive integer or <c>latest</c> (<c>skill_reference</c> only); the default version when not set.</summary>
    public string? Version { get; set; }

    /// <summary>Gets or sets the name of the skill (<c>inline</c> only).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the description of the skill (<c>inline</c> only).</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the skill bundle (<c>inline</c> only).</summary>
    public ShellInlineSkillSource? Source { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a reference to a skill created with the skills endpoint.</summary>
    /// <param name="skillId">The id of the skill.</param>
    /// <param name="version">The version, or <see langword="null"/> for the default.</param>
    /// <returns>The skill.</returns>
    /// <exception cref="ArgumentException"><paramref name="skillId"/> is null, empty or white space.</exception>
    public static ShellContainerSkill Reference(string skillId, string? version = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(skillId);
        return new ShellContainerSkill { Type = ReferenceType, SkillId = skillId, Version = version };
    }
}
