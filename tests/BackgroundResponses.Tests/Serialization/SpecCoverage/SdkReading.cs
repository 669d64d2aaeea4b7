namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>What the SDK made of one union member's JSON.</summary>
/// <param name="IsTyped">It was read as a typed class, not as the <c>Unknown…</c>/<c>Raw…</c> fallback.</param>
/// <param name="ReadAs">The class (and, for a tool choice, the typed getter) it was read as.</param>
/// <param name="Written">The JSON the SDK writes back for it.</param>
internal sealed record SdkReading(bool IsTyped, string ReadAs, string Written);

