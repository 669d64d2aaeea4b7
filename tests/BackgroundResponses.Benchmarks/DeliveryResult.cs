namespace BackgroundResponses.Benchmarks;

/// <summary>Server-write-to-client-yield latencies of one delivery run, in microseconds.</summary>
internal sealed record DeliveryResult(int Events, double MedianMicroseconds, double P99Microseconds, double MaxMicroseconds);
