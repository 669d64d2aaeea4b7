using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The container of a <see cref="CodeInterpreterTool"/> (spec <c>CodeInterpreterTool.container</c>): either the id
/// of an existing container (<see cref="ContainerId"/>, written as a string) or an automatically created one
/// (<see cref="Auto"/>, written as an object). Exactly one is set.
/// </summary>
[JsonConverter(typeof(CodeInterpreterContainerJsonConverter))]
public sealed class CodeInterpreterContainer
{
    private CodeInterpreterContainer(string? containerId, CodeInterpreterAutoContainer? auto)
    {
        ContainerId = containerId;
        Auto = auto;
    }

    /// <summary>Gets the id of an existing container, or <see langword="null"/> for an automatic one.</summary>
    public string? ContainerId { get; }

    /// <summary>Gets the automatic container, or <see langword="null"/> when an existing container is used.</summary>
    public CodeInterpreterAutoContainer? Auto { get; }

    /// <summary>Converts a container id to a container.</summary>
    /// <param name="containerId">The id, for example <c>cntr_123</c>.</param>
    public static implicit operator CodeInterpreterContainer(string containerId) => FromId(containerId);

    /// <summary>Converts an automatic container to a container.</summary>
    /// <param name="auto">The automatic container.</param>
    public static implicit operator CodeInterpreterContainer(CodeInterpreterAutoContainer auto) => FromAuto(auto);

    /// <summary>Creates a reference to an existing container.</summary>
    /// <param name="containerId">The id, for example <c>cntr_123</c>.</param>
    /// <returns>The container.</returns>
    /// <exception cref="ArgumentException"><paramref name="containerId"/> is null, empty or white space.</exception>
    public static CodeInterpreterContainer FromId(string containerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(containerId);
        return new CodeInterpreterContainer(containerId, null);
    }

    /// <summary>Creates an automatic container.</summary>
    /// <param name="auto">Its settings.</param>
    /// <returns>The container.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="auto"/> is <see langword="null"/>.</exception>
    public static CodeInterpreterContainer FromAuto(CodeInterpreterAutoContainer auto)
    {
        ArgumentNullException.ThrowIfNull(auto);
        return new CodeInterpreterContainer(null, auto);
    }

    /// <summary>Returns the container id, or <c>auto</c>.</summary>
    /// <returns>The container as text.</returns>
    public override string ToString() => ContainerId ?? Auto!.Type ?? string.Empty;
}
