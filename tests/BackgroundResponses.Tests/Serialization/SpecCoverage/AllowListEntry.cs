namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>A union member the SDK deliberately does not type, and why.</summary>
/// <param name="Kind">The SDK base type it would belong to.</param>
/// <param name="TypeValue">Its discriminator value, in every union of that kind.</param>
/// <param name="Reason">Why it is not typed; it is read as the fallback class and written back verbatim.</param>
internal sealed record AllowListEntry(UnionKind Kind, string TypeValue, string Reason);

