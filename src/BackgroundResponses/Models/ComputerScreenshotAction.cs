using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A request for a screenshot (type <c>screenshot</c>, spec <c>ScreenshotParam</c>).</summary>
public sealed class ComputerScreenshotAction : ComputerAction
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "screenshot";
}
