using System.Text.Json.Serialization;

namespace BackgroundResponses.Benchmarks;

/// <summary>Source-generated metadata for the few plain values the generator writes.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
