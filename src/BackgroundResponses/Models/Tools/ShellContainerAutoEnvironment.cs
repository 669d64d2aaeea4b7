namespace BackgroundResponses;

/// <summary>A container the server creates for the request (spec <c>ContainerAutoParam</c>).</summary>
public sealed class ShellContainerAutoEnvironment : ShellToolEnvironment
{
    /// <summary>The wire discriminator of this environment.</summary>
    public const string TypeValue = "container_auto";

    /// <summary>Gets <c>container_auto</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets uploaded files to make available in the container (up to 50).</summary>
    public IList<string>? FileIds { get; set; }

    /// <summary>Gets or sets the memory limit of the container.</summary>
    public ContainerMemoryLimit? MemoryLimit { get; set; }

    /// <summary>Gets or sets the outbound network access of the container.</summary>
    public ContainerNetworkPolicy? NetworkPolicy { get; set; }

    /// <summary>Gets or sets skills to install, referenced by id or given inline (up to 200).</summary>
    public IList<ShellContainerSkill>? Skills { get; set; }
}
