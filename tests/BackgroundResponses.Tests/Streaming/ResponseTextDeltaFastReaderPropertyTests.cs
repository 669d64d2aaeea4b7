using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace BackgroundResponses.Tests.Streaming;

/// <summary>
/// Differential property: a <c>response.output_text.delta</c> event decodes to the same thing through the fast reader
/// (as <see cref="ResponseEventDecoder"/> uses it) and through the general serializer, whatever the generated JSON looks like.
/// </summary>
/// <remarks>
/// CI runs a fixed seed and a fixed number of cases, so a run is repeatable and takes a few seconds. To search harder
/// locally, with random seeds and shrinking, set <c>DELTA_PROPERTY_ITER</c>, for example
/// <c>DELTA_PROPERTY_ITER=1000000 dotnet test -c Release --filter ResponseTextDeltaFastReaderPropertyTests</c>;
/// a failure prints the shrunk JSON and CsCheck's seed. Counterexamples found that way belong in
/// <see cref="ResponseTextDeltaFastReaderTests"/> as plain cases.
/// </remarks>
public class ResponseTextDeltaFastReaderPropertyTests
{
    private const int CiIterations = 3000;
    private const ulong CiSeed = 0x12_de17a;

    private static readonly string[] Whitespace = ["", "", "", " ", "  ", "\t", "\n", "\r\n"];

    [Fact]
    public async Task FastReaderAndSerializerAgreeOnGeneratedEvents()
    {
        if (Environment.GetEnvironmentVariable("DELTA_PROPERTY_ITER") is { } iter)
        {
            // A statement lambda: a Func<byte[], bool> would pick the overload that treats false (the fast reader stepped aside) as a failure.
            EventJson.Sample(json => { _ = AgreeAsync(json).GetAwaiter().GetResult(); }, iter: long.Parse(iter, CultureInfo.InvariantCulture), print: Show);
            return;
        }

        var pcg = new PCG(12, CiSeed);
        var fastHits = 0;
        for (var i = 0; i < CiIterations; i++)
        {
            var json = EventJson.Generate(pcg, null, out _);
            try
            {
                fastHits += await AgreeAsync(json) ? 1 : 0;
            }
            catch (Exception ex)
            {
                throw new Xunit.Sdk.XunitException($"Case {i} disagrees: {Show(json)}{Environment.NewLine}{ex}");
            }
        }

        // A generator that never reaches the fast path would test nothing; nor would one that never leaves it.
        Assert.InRange(fastHits, CiIterations / 10, CiIterations - (CiIterations / 10));
    }

    /// <summary>Checks one event; <see langword="true"/> when the fast reader took it.</summary>
    internal static async Task<bool> AgreeAsync(byte[] json)
    {
        // The fast reader either reads the event or steps aside; it never throws (the decoder only catches JsonException).
        var fast = ResponseTextDeltaFastReader.TryRead(json);

        ResponseStreamEvent? general;
        JsonException? generalError = null;
        try
        {
            general = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseStreamEvent);
        }
        catch (JsonException ex)
        {
            general = null;
            generalError = ex;
        }

        if (fast is not null)
        {
            Assert.Null(generalError);
            AssertSame(Assert.IsType<ResponseTextDeltaEvent>(general), fast);
        }

        // And the decoder as a whole: the same event, or a typed error exactly where the serializer fails.
        var (decoded, decodeError) = await DecodeAsync(json);
        if (generalError is not null || general is null)
        {
            Assert.NotNull(decodeError);
        }
        else
        {
            Assert.Null(decodeError);
            Assert.Equal(SerializeOrError(general), SerializeOrError(decoded!));
        }

        return fast is not null;
    }

    internal static void AssertSame(ResponseTextDeltaEvent expected, ResponseTextDeltaEvent actual)
    {
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.ItemId, actual.ItemId);
        Assert.Equal(expected.OutputIndex, actual.OutputIndex);
        Assert.Equal(expected.ContentIndex, actual.ContentIndex);
        Assert.Equal(expected.Delta, actual.Delta);
        Assert.Equal(expected.Obfuscation, actual.Obfuscation);
        Assert.Equal(expected.SequenceNumber, actual.SequenceNumber);
        // Raw bytes, not GetRawText: the generated logprobs may hold invalid UTF-8, which a string cannot.
        Assert.Equal(RawUtf8(expected.Logprobs), RawUtf8(actual.Logprobs));
        Assert.Equal(expected.Logprobs.HasValue, actual.Logprobs.HasValue);
        Assert.Equal(expected.AdditionalProperties is null, actual.AdditionalProperties is null);
        var expectedJson = SerializeOrError(expected);
        var actualJson = SerializeOrError(actual);

        // Text equality, stricter than JsonAssert (which would also reject the duplicate names generated inside logprobs).
        Assert.Equal(expectedJson, actualJson);
    }

    private static string? RawUtf8(JsonElement? element) =>
        element is { } value ? Convert.ToHexString(JsonMarshal.GetRawUtf8Value(value)) : null;

    /// <summary>
    /// The event as written, or the error writing it: raw <c>logprobs</c> may hold a lone surrogate escape or invalid UTF-8, which reads
    /// fine as a <see cref="JsonElement"/> but cannot be written back. Both paths must then fail alike.
    /// </summary>
    private static string SerializeOrError(ResponseStreamEvent streamEvent)
    {
        try
        {
            return ResponsesJson.Serialize(streamEvent);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return $"!{ex.GetType().Name}: {ex.Message} / {ex.InnerException?.GetType().Name}";
        }
    }

    private static async Task<(ResponseStreamEvent? Event, ResponsesSerializationException? Error)> DecodeAsync(byte[] json)
    {
        // SSE has no way to carry a raw CR or LF inside one data line: each line of the JSON becomes a data line,
        // which the parser joins with LF. Only ever inside whitespace or an (already invalid) string.
        var body = new MemoryStream();
        var start = 0;
        for (var i = 0; i <= json.Length; i++)
        {
            if (i == json.Length || json[i] is (byte)'\n' or (byte)'\r')
            {
                await body.WriteAsync("data: "u8.ToArray());
                await body.WriteAsync(json.AsMemory(start, i - start));
                await body.WriteAsync("\n"u8.ToArray());
                if (i < json.Length - 1 && json[i] == '\r' && json[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        await body.WriteAsync("\n"u8.ToArray());
        body.Position = 0;
        try
        {
            ResponseStreamEvent? only = null;
            await foreach (var item in ResponseEventDecoder.ReadAsync(body, 1 << 20, default))
            {
                Assert.Null(only);
                only = item;
            }

            return (only, null);
        }
        catch (ResponsesSerializationException ex)
        {
            return (null, ex);
        }
    }

    internal static string Show(byte[] json) =>
        Encoding.UTF8.GetString(json).Replace("\r", "<CR>", StringComparison.Ordinal).Replace("\n", "<LF>", StringComparison.Ordinal)
        + $"  [bytes: {Convert.ToHexString(json)}]";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    // ---- Generators ----------------------------------------------------------------------------------------

    /// <summary>One of the given values: CsCheck 5 names it Gen.OneOf, CsCheck 4.9 (the last to target net8.0) Gen.OneOfConst.</summary>
    private static Gen<T> OneOfConst<T>(params T[] values) =>
#if NET10_0_OR_GREATER
        Gen.OneOf(values);
#else
        Gen.OneOfConst(values);
#endif

    private static readonly Gen<string> Space = OneOfConst(Whitespace);

    /// <summary>One piece of a JSON string's content, as it appears between the quotes.</summary>
    private static readonly Gen<byte[]> StringPiece = Gen.Frequency(
        (20, Gen.Char['a', 'z'].Select(c => Utf8(c.ToString()))),
        (6, Gen.Char[' ', '~'].Where(c => c is not '"' and not '\\').Select(c => Utf8(c.ToString()))),
        (4, Gen.Char['\u0080', '\ud7ff'].Select(c => Utf8(c.ToString()))),
        (2, Gen.Char['\ue000', '\uffff'].Select(c => Utf8(c.ToString()))),
        (3, Gen.Int[0x10000, 0x10FFFF].Select(c => Utf8(char.ConvertFromUtf32(c)))),
        (6, OneOfConst("\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t").Select(Utf8)),
        (4, Gen.Select(Gen.Int[0, 0xFFFF].Where(c => c is < 0xD800 or > 0xDFFF), Gen.Bool, (c, upper) => Utf8("\\u" + c.ToString(upper ? "X4" : "x4", CultureInfo.InvariantCulture)))),
        (2, Gen.Int[0x10000, 0x10FFFF].Select(c =>
        {
            var pair = char.ConvertFromUtf32(c);
            return Utf8(FormattableString.Invariant($"\\u{(int)pair[0]:x4}\\u{(int)pair[1]:X4}"));
        })),
        (1, OneOfConst("\\ud800", "\\udfff", "\\uDC00", "\\ud83d", "\\ude00\\ud83d", "\\ud800x").Select(Utf8)), // lone surrogates
        (1, Gen.Int[0, 0x1F].Select(c => new[] { (byte)c })), // raw control character: invalid JSON
        (1, OneOfConst(new byte[] { 0xFF }, new byte[] { 0xC3 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xC0, 0xAF })), // invalid UTF-8
        (1, OneOfConst("\\x", "\\u12", "\\U0041", "\\").Select(Utf8))); // bad escapes

    private static readonly Gen<byte[]> StringLiteral = StringPiece.Array[0, 12].Select(pieces => Concat([Utf8("\""), .. pieces, Utf8("\"")]));

    private static readonly Gen<byte[]> IdLiteral = Gen.Frequency(
        (6, OneOfConst("\"msg_68c1f0a9d3e48190a1b2c3d4e5f60718\"", "\"msg_1\"", "\"\"").Select(Utf8)),
        (2, StringLiteral));

    private static readonly Gen<byte[]> Integer = Gen.Frequency(
        (10, Gen.Int[0, 2000].Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (1, OneOfConst("-0", "2147483647", "-2147483648", "2147483648", "99999999999999999999", "1.0", "1e2", "1E+0", "0.5", "-1", "01", "\"3\"", "null", "true", "[]", "{}")))
        .Select(Utf8);

    private static readonly Gen<byte[]> Number = OneOfConst("0", "-1.5", "3.25e-7", "1E400", "-0.0", "12345678901234567890").Select(Utf8);

    private static readonly Gen<byte[]> AnyValue = Gen.Recursive<byte[]>((depth, self) =>
    {
        var leaf = Gen.OneOf<byte[]>(StringLiteral, Number, OneOfConst("true", "false", "null").Select(Utf8));
        if (depth >= 3)
        {
            return leaf;
        }

        return Gen.Frequency(
            (4, leaf),
            (1, self.Array[0, 3].Select(Space, (items, ws) => Concat([Utf8("["), .. Join(items, Utf8("," + ws)), Utf8("]")]))),
            (1, Gen.Select(OneOfConst("a", "token", "x_y", "").Select(Utf8), self).Array[0, 3]
                .Select(members => Concat([Utf8("{"), .. Join(members.Select(m => Concat([Utf8("\""), m.Item1, Utf8("\":"), m.Item2])).ToArray(), Utf8(",")), Utf8("}")]))));
    });

    private static readonly Gen<byte[]> LogprobEntry =
        Gen.Select(StringLiteral, Gen.Double[-20, 0], Gen.Byte.Array[0, 4], Gen.Select(StringLiteral, Gen.Double[-20, 0]).Array[0, 2])
            .Select(t =>
            {
                var (token, logprob, bytes, top) = t;
                var tops = string.Join(",", top.Select(p => Encoding.UTF8.GetString(Concat([Utf8("{\"token\":"), p.Item1, Utf8(FormattableString.Invariant($",\"logprob\":{p.Item2:R},\"bytes\":[]}}"))]))));
                return Concat([
                    Utf8("{\"token\":"), token,
                    Utf8(FormattableString.Invariant($",\"logprob\":{logprob:R},\"bytes\":[{string.Join(",", bytes)}],\"top_logprobs\":[{tops}]}}")),
                ]);
            });

    private static readonly Gen<byte[]> Logprobs = Gen.Frequency(
        (8, Gen.Const(Utf8("[]"))),
        (1, Gen.Const(Utf8("[ ]"))),
        (3, LogprobEntry.Array[1, 3].Select(entries => Concat([Utf8("["), .. Join(entries, Utf8(",")), Utf8("]")]))),
        (1, Gen.Const(Utf8("null"))),
        (1, AnyValue));

    private static readonly Gen<byte[]> TypeValue = Gen.Frequency(
        (20, Gen.Const("\"response.output_text.delta\"")),
        (1, OneOfConst(
            "\"response.output_text\\u002edelta\"",
            "\"response.output_text.done\"",
            "\"response.output_text.delta \"",
            "\"Response.output_text.delta\"",
            "\"response.refusal.delta\"",
            "null",
            "1")))
        .Select(Utf8);

    private static readonly Gen<(string Name, byte[] Value)> KnownField = Gen.OneOf<(string Name, byte[] Value)>(
        TypeValue.Select(v => ("type", v)),
        IdLiteral.Select(v => ("item_id", v)),
        Integer.Select(v => ("output_index", v)),
        Integer.Select(v => ("content_index", v)),
        Gen.Frequency((6, StringLiteral), (1, Gen.Const(Utf8("null"))), (1, Gen.Const(Utf8("7")))).Select(v => ("delta", v)),
        Integer.Select(v => ("sequence_number", v)),
        Logprobs.Select(v => ("logprobs", v)),
        Gen.Frequency((6, StringLiteral), (1, Gen.Const(Utf8("null")))).Select(v => ("obfuscation", v)));

    private static readonly Gen<(string Name, byte[] Value)> UnknownField = Gen.Select(
        OneOfConst("extra", "x_y", "Delta", "ITEM_ID", "response_id", "$sdk.response_id", "\\u0064elta", "\\u0074ype", "additional_properties", "resume_token", ""),
        AnyValue);

    /// <summary>A whole event: the spec's fields in any order, some missing, some repeated, some unknown, any whitespace.</summary>
    private static readonly Gen<byte[]> EventJson = Gen.Select(
            Gen.Frequency((12, Gen.Const(true)), (1, Gen.Const(false))), // type present
            Gen.Select(IdLiteral, Integer, Integer, StringLiteral, Integer, Logprobs, StringLiteral),
            Gen.Bool.Array[5], // optional-looking fields present
            KnownField.Array[0, 2], // repeats (the later value wins)
            Gen.Frequency((6, Gen.Const(Array.Empty<(string, byte[])>())), (1, UnknownField.Array[1, 2])),
            Space.Array[40],
            Gen.Int.Array[12]) // a shuffle key per field
        .Select(t =>
        {
            var (typed, (itemId, outputIndex, contentIndex, delta, sequenceNumber, logprobs, obfuscation), present, repeats, unknown, spaces, order) = t;
            var fields = new List<(string Name, byte[] Value)>();
            if (typed)
            {
                fields.Add(("type", Utf8("\"response.output_text.delta\"")));
            }

            fields.Add(("delta", delta));
            fields.Add(("item_id", itemId));
            fields.Add(("output_index", outputIndex));
            fields.Add(("content_index", contentIndex));
            (string, byte[])[] optional = [("sequence_number", sequenceNumber), ("logprobs", logprobs), ("obfuscation", obfuscation)];
            fields.AddRange(optional.Where((_, i) => present[i]));
            if (!present[3])
            {
                // Now and then one of the fields the spec calls required is missing too (type included).
                fields.RemoveAt((int)((uint)order[^1] % (uint)fields.Count));
            }

            var shuffled = fields.Select((f, i) => (f, order[i % order.Length] ^ i)).OrderBy(p => p.Item2).Select(p => p.f).ToList();
            shuffled.AddRange(unknown);
            shuffled.InsertRange(present[4] ? shuffled.Count : 0, repeats);

            var ws = 0;
            string Ws() => spaces[ws++ % spaces.Length];
            var parts = new List<byte[]> { Utf8(Ws() + "{" + Ws()) };
            for (var i = 0; i < shuffled.Count; i++)
            {
                if (i > 0)
                {
                    parts.Add(Utf8(Ws() + "," + Ws()));
                }

                parts.Add(Utf8("\"" + shuffled[i].Name + "\"" + Ws() + ":" + Ws()));
                parts.Add(shuffled[i].Value);
            }

            parts.Add(Utf8(Ws() + "}" + Ws()));
            return Concat(parts);
        });

    private static IEnumerable<byte[]> Join(byte[][] items, byte[] separator) =>
        items.SelectMany((item, i) => i == 0 ? new[] { item } : new[] { separator, item });

    private static byte[] Concat(IEnumerable<byte[]> parts) => parts.SelectMany(p => p).ToArray();
}
