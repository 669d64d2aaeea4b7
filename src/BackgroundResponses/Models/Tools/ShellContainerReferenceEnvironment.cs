namespace BackgroundResponses;

/// <summary>A container created with the containers endpoint (spec <c>ContainerReferenceParam</c>).</summary>
public sealed class ShellContainerReferenceEnvironment : ShellToolEnvironment
{
    /// <summary>The wire discriminator of this environment.</summary>
    public const string TypeValue = "container_reference";

    /// <summary>Gets <c>container_reference</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets the id of the container, for example <c>cntr_123</c>; required by the API.</summary>
    public string? ContainerId { get; set; }
}
