using BackgroundResponses.Tests.TestSupport;
using CsCheck;

namespace BackgroundResponses.Tests.Streaming.Properties;

/// <summary>
/// Corrupted stream bytes never escape as anything but a typed <see cref="ResponsesException"/>: no parser or JSON
/// exception, no hang, and no buffering past <see cref="StreamingOptions.MaxEventSize"/>.
/// </summary>
public class MutatedStreamProperties
{
    private const int MaxEventSize = 16 * 1024;

    private static readonly byte[] Interesting = "\n\r:\"{}[],\\ 0e-"u8.ToArray().Concat(new byte[] { 0x00, 0xC3, 0xE2, 0xF0, 0xFF, 0xEF, 0xBB, 0xBF }).ToArray();

    private static readonly Gen<Mutation> MutationGen = Gen.Select(
        Gen.Enum<MutationKind>(),
        Gen.Int[0, 999_999],
        Gen.OneOf(Gen.Byte, Gen.Int[0, Interesting.Length - 1].Select(i => Interesting[i])),
        (kind, position, value) => new Mutation(kind, position, value));

    private static readonly Gen<MutationCase> CaseGen = Gen.Select(
        Gen.Int[1, RecordedStream.Events.Count],
        Gen.Int[0, 2].Select(i => new[] { "\n", "\r", "\r\n" }[i]),
        MutationGen.Array[1, 8],
        Gen.Int[1, 97].Array[1, 6],
        (events, newline, mutations, chunks) => new MutationCase(events, newline, mutations, chunks));

    [Fact]
    public async Task MutatedStream_EndsOrFailsWithATypedError_Promptly()
    {
        await CaseGen.SampleAsync(
            testCase => AssertTypedOutcomeAsync(testCase.Apply(), testCase.Chunks),
            seed: PropertyRun.Seed,
            iter: PropertyRun.Iterations(1000),
            time: PropertyRun.Time,
            threads: 1,
            print: testCase => testCase.ToString());
    }

    internal static async Task AssertTypedOutcomeAsync(byte[] body, int[] chunks)
    {
        var server = new ChunkedBodyServer(body, chunks);
        var client = StreamTestClient.Create(server, o =>
        {
            // One stream connection per case: a corrupted stream must fail, not be resumed or polled. (A connection
            // that brings nothing is followed by one retrieve, which the server answers with 404.)
            o.MaxResumeAttempts = 0;
            o.FallBackToPolling = false;
            o.MaxEventSize = MaxEventSize;
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await foreach (var unused in client.StreamAsync(RecordedStream.ResponseId, cancellationToken: timeout.Token))
            {
                Assert.NotNull(unused);
            }
        }
        catch (ResponsesException)
        {
            // The contract: every failure of a readable body is typed.
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Assert.Fail("The stream did not end within 5 seconds of a body that was already complete.");
        }

        Assert.Equal(1, server.StreamRequests);
    }

    internal enum MutationKind
    {
        Replace,
        Insert,
        Delete,
    }

    internal sealed record Mutation(MutationKind Kind, int Position, byte Value);

    internal sealed record MutationCase(int Events, string Newline, Mutation[] Mutations, int[] Chunks)
    {
        public byte[] Apply()
        {
            var bytes = RecordedStream.Frame(RecordedStream.Events.Take(Events), Newline).ToList();
            foreach (var mutation in Mutations)
            {
                var at = (int)((long)mutation.Position * bytes.Count / 1_000_000);
                switch (mutation.Kind)
                {
                    case MutationKind.Replace when bytes.Count > 0:
                        bytes[at] = mutation.Value;
                        break;
                    case MutationKind.Insert:
                        bytes.Insert(at, mutation.Value);
                        break;
                    case MutationKind.Delete when bytes.Count > 0:
                        bytes.RemoveAt(at);
                        break;
                }
            }

            return bytes.ToArray();
        }

        public override string ToString() =>
            $"Events={Events} Newline={Newline.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)} "
            + $"Mutations=[{string.Join(", ", Mutations.Select(m => $"{m.Kind}@{m.Position}:0x{m.Value:X2}"))}] Chunks=[{string.Join(',', Chunks)}]";
    }
}
