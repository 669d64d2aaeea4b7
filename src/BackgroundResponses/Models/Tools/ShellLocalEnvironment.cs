namespace BackgroundResponses;

/// <summary>Your own machine: the model asks your code to run the commands (spec <c>LocalEnvironmentParam</c>).</summary>
public sealed class ShellLocalEnvironment : ShellToolEnvironment
{
    /// <summary>The wire discriminator of this environment.</summary>
    public const string TypeValue = "local";

    /// <summary>Gets <c>local</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets skills available on the machine (up to 200).</summary>
    public IList<ShellLocalSkill>? Skills { get; set; }
}
