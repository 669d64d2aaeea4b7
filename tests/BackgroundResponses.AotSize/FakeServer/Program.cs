using BackgroundResponses.Testing;

// Serves the Responses API on a free loopback port for ../measure.sh: prints the base address as its first line,
// then runs until its standard input closes. No pacing, so the probes' timings are the clients' own.
await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
{
    EventDelay = TimeSpan.Zero,
    QueuedDuration = TimeSpan.Zero,
});
Console.WriteLine(server.BaseAddress);
await Console.In.ReadToEndAsync();
