using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using static BackgroundResponses.Tests.Webhooks.WebhookSigner;

namespace BackgroundResponses.Tests.Webhooks;

public class ResponsesWebhookVerifierTests
{
    private const string Secret = "whsec_c2VjcmV0LWZvci10aGUtd2ViaG9vay10ZXN0cy0xMjM0NQ==";
    private const string OtherSecret = "whsec_YW5vdGhlci1zZWNyZXQtZm9yLXJvdGF0aW9uLTY3ODkw";
    private const long Now = 1_750_000_000;
    private const string CompletedBody = """{"id":"evt_685343a1381c819085d44c354e1b330e","type":"response.completed","created_at":1750287018,"data":{"id":"resp_abc123"},"object":"event"}""";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(Now));

    [Fact]
    public void StandardWebhooksTestVector_SignsAsPublished()
    {
        Assert.Equal(VectorSignature, Sign(VectorSecret, VectorId, VectorTimestamp, VectorBody));
    }

    [Fact]
    public void StandardWebhooksTestVector_Verifies()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(VectorTimestamp));
        var verifier = new ResponsesWebhookVerifier(VectorSecret, time);
        var headers = Headers(VectorId, VectorTimestamp, VectorSignature);

        verifier.Verify(VectorBody, headers);
        verifier.Verify(Encoding.UTF8.GetBytes(VectorBody), headers);
    }

    [Fact]
    public void Unwrap_SignedResponseCompleted_ReturnsTypedEvent()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);

        var evt = verifier.Unwrap(CompletedBody, SignedHeaders(Secret, "msg_1", Now, CompletedBody));

        var completed = Assert.IsType<ResponseCompletedWebhookEvent>(evt);
        Assert.Equal("resp_abc123", completed.ResponseId);
        Assert.Equal("evt_685343a1381c819085d44c354e1b330e", completed.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750287018), completed.CreatedAt);
        Assert.Equal("event", completed.Object);
    }

    [Fact]
    public void Unwrap_TamperedBody_IsRejected()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var headers = SignedHeaders(Secret, "msg_1", Now, CompletedBody);

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Unwrap(CompletedBody.Replace("abc123", "abc124", StringComparison.Ordinal), headers));

        Assert.Equal(WebhookVerificationFailure.NoMatchingSignature, ex.Reason);
        Assert.Equal(WebhookHeaderNames.Signature, ex.HeaderName);
        Assert.DoesNotContain("abc", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unwrap_TamperedId_IsRejected()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var headers = SignedHeaders(Secret, "msg_1", Now, CompletedBody);
        headers["webhook-id"] = "msg_2";

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Unwrap(CompletedBody, headers));

        Assert.Equal(WebhookVerificationFailure.NoMatchingSignature, ex.Reason);
    }

    [Fact]
    public void Unwrap_TamperedTimestamp_IsRejected_EvenWithinTolerance()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var headers = SignedHeaders(Secret, "msg_1", Now, CompletedBody);
        headers["webhook-timestamp"] = (Now + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Unwrap(CompletedBody, headers));

        Assert.Equal(WebhookVerificationFailure.NoMatchingSignature, ex.Reason);
    }

    [Fact]
    public void Unwrap_WrongSecret_IsRejected_AndTheMessageHoldsNoSecretNorBody()
    {
        var verifier = new ResponsesWebhookVerifier(OtherSecret, _time);

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Unwrap(CompletedBody, SignedHeaders(Secret, "msg_1", Now, CompletedBody)));

        Assert.Equal(WebhookVerificationFailure.NoMatchingSignature, ex.Reason);
        Assert.DoesNotContain(OtherSecret["whsec_".Length..], ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret["whsec_".Length..], ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("resp_abc123", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Secret)]
    [InlineData(OtherSecret)]
    public void Rotation_EitherSecret_Verifies(string signingSecret)
    {
        var verifier = new ResponsesWebhookVerifier(new ResponsesWebhookVerifierOptions { Secrets = [Secret, OtherSecret] }, _time);

        var evt = verifier.Unwrap(CompletedBody, SignedHeaders(signingSecret, "msg_1", Now, CompletedBody));

        Assert.Equal("resp_abc123", Assert.IsType<ResponseCompletedWebhookEvent>(evt).ResponseId);
    }

    [Fact]
    public void Rotation_TheSenderSigningWithBothSecrets_Verifies_WithOnlyTheNewOne()
    {
        var verifier = new ResponsesWebhookVerifier(OtherSecret, _time);
        var both = Sign(Secret, "msg_1", Now, CompletedBody) + " " + Sign(OtherSecret, "msg_1", Now, CompletedBody);

        verifier.Verify(CompletedBody, Headers("msg_1", Now, both));
    }

    [Theory]
    [InlineData(-300, true)]
    [InlineData(-301, false)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(-86_400, false)]
    [InlineData(86_400, false)]
    public void Timestamp_IsAcceptedUpToTheToleranceInBothDirections(long offsetSeconds, bool accepted)
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var timestamp = Now + offsetSeconds;
        var headers = SignedHeaders(Secret, "msg_1", timestamp, CompletedBody);

        if (accepted)
        {
            verifier.Verify(CompletedBody, headers);
        }
        else
        {
            var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Verify(CompletedBody, headers));
            Assert.Equal(WebhookVerificationFailure.TimestampOutsideTolerance, ex.Reason);
            Assert.Equal(WebhookHeaderNames.Timestamp, ex.HeaderName);
        }
    }

    [Fact]
    public void Timestamp_IsCheckedAgainstTheTimeProvider_AsItMoves()
    {
        var verifier = new ResponsesWebhookVerifier(new ResponsesWebhookVerifierOptions { Secrets = [Secret], Tolerance = TimeSpan.FromSeconds(10) }, _time);
        var headers = SignedHeaders(Secret, "msg_1", Now, CompletedBody);

        verifier.Verify(CompletedBody, headers);
        _time.Advance(TimeSpan.FromSeconds(10));
        verifier.Verify(CompletedBody, headers);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(WebhookVerificationFailure.TimestampOutsideTolerance, Assert.Throws<WebhookVerificationException>(() => verifier.Verify(CompletedBody, headers)).Reason);
    }

    [Fact]
    public void Timestamp_OutsideTolerance_IsRejectedBeforeTheSignatureIsLookedAt()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Verify(CompletedBody, Headers("msg_1", Now - 3600, "v1,bm90IGEgc2lnbmF0dXJlIG9mIHRoaXMgbWVzc2FnZSEh")));

        Assert.Equal(WebhookVerificationFailure.TimestampOutsideTolerance, ex.Reason);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1614265330")]
    [InlineData("+1614265330")]
    [InlineData("1614265330.5")]
    [InlineData("1e9")]
    [InlineData("99999999999999999999999")]
    [InlineData("1614265330٠")]
    public void MalformedTimestamp_IsRejected(string timestamp)
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var headers = SignedHeaders(Secret, "msg_1", Now, CompletedBody);
        headers["webhook-timestamp"] = timestamp;

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Verify(CompletedBody, headers));

        Assert.Equal(WebhookVerificationFailure.MalformedTimestamp, ex.Reason);
        Assert.Equal(WebhookHeaderNames.Timestamp, ex.HeaderName);
    }

    [Theory]
    [InlineData("webhook-id")]
    [InlineData("webhook-timestamp")]
    [InlineData("webhook-signature")]
    public void MissingOrEmptyHeader_IsRejected_NamingTheHeader(string name)
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var headers = SignedHeaders(Secret, "msg_1", Now, CompletedBody);

        headers.Remove(name);
        var missing = Assert.Throws<WebhookVerificationException>(() => verifier.Unwrap(CompletedBody, headers));
        headers[name] = " ";
        var empty = Assert.Throws<WebhookVerificationException>(() => verifier.Unwrap(CompletedBody, headers));

        Assert.All([missing, empty], ex =>
        {
            Assert.Equal(WebhookVerificationFailure.MissingHeader, ex.Reason);
            Assert.Equal(name, ex.HeaderName);
            Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void HeaderNames_AreCaseInsensitive_WhateverTheDictionaryComparer()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var signed = SignedHeaders(Secret, "msg_1", Now, CompletedBody);

        var ordinalMixedCase = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Webhook-Id"] = signed["webhook-id"],
            ["WEBHOOK-TIMESTAMP"] = signed["webhook-timestamp"],
            ["webhook-Signature"] = signed["webhook-signature"],
        };
        var ignoreCase = new Dictionary<string, string>(ordinalMixedCase, StringComparer.OrdinalIgnoreCase);
        var readOnly = new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(ordinalMixedCase);

        verifier.Verify(CompletedBody, ordinalMixedCase);
        verifier.Verify(CompletedBody, ignoreCase);
        verifier.Verify(CompletedBody, readOnly);
    }

    [Fact]
    public void SameHeaderUnderTwoSpellings_InAnOrdinalDictionary_IsRejectedAsAmbiguous()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var signed = SignedHeaders(Secret, "msg_1", Now, CompletedBody);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Webhook-Id"] = "msg_1",
            ["WEBHOOK-ID"] = "msg_other",
            ["webhook-timestamp"] = signed["webhook-timestamp"],
            ["webhook-signature"] = signed["webhook-signature"],
        };

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Verify(CompletedBody, headers));

        Assert.Equal(WebhookVerificationFailure.DuplicateHeader, ex.Reason);
        Assert.Equal(WebhookHeaderNames.Id, ex.HeaderName);
    }

    [Fact]
    public void HttpHeaders_AreRead_WithAnyCase()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        using var request = new HttpRequestMessage();
        request.Headers.TryAddWithoutValidation("Webhook-Id", "msg_1");
        request.Headers.TryAddWithoutValidation("WEBHOOK-TIMESTAMP", Now.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("Webhook-Signature", Sign(Secret, "msg_1", Now, CompletedBody));

        verifier.Verify(CompletedBody, request.Headers);
        var evt = verifier.Unwrap(Encoding.UTF8.GetBytes(CompletedBody), request.Headers);

        Assert.IsType<ResponseCompletedWebhookEvent>(evt);
    }

    [Fact]
    public void HttpHeaders_SeveralSignatureHeaders_AreOneList()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        using var request = new HttpRequestMessage();
        request.Headers.TryAddWithoutValidation("webhook-id", "msg_1");
        request.Headers.TryAddWithoutValidation("webhook-timestamp", Now.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", Sign(OtherSecret, "msg_1", Now, CompletedBody));
        request.Headers.TryAddWithoutValidation("webhook-signature", Sign(Secret, "msg_1", Now, CompletedBody));

        verifier.Verify(CompletedBody, request.Headers);
    }

    [Fact]
    public void HttpHeaders_TwoIds_AreRejectedAsAmbiguous()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        using var request = new HttpRequestMessage();
        request.Headers.TryAddWithoutValidation("webhook-id", ["msg_1", "msg_2"]);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", Now.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", Sign(Secret, "msg_1", Now, CompletedBody));

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Verify(CompletedBody, request.Headers));

        Assert.Equal(WebhookVerificationFailure.DuplicateHeader, ex.Reason);
    }

    [Fact]
    public void HttpHeaders_Missing_IsRejected()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        using var content = new StringContent(CompletedBody);

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Unwrap(CompletedBody, content.Headers));

        Assert.Equal(WebhookVerificationFailure.MissingHeader, ex.Reason);
    }

    [Theory]
    [InlineData("v1a,{other} v1,{good}")]
    [InlineData("v2,abc v1,{good}")]
    [InlineData("v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg== v1,{good}")]
    [InlineData("garbage v1,{good} v1,")]
    [InlineData("v1,not-base64! v1,c2hvcnQ= v1,{good}")]
    [InlineData("v1,{other}  v1,{good}")]
    [InlineData("  v1,{good}  ")]
    [InlineData("v1,{good} v1,{other}")]
    public void SignatureHeader_WithSeveralEntries_PassesWhenAnyV1EntryMatches(string header)
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var good = Sign(Secret, "msg_1", Now, CompletedBody)[3..];
        var other = Sign(OtherSecret, "msg_1", Now, CompletedBody)[3..];

        verifier.Verify(CompletedBody, Headers("msg_1", Now, header.Replace("{good}", good, StringComparison.Ordinal).Replace("{other}", other, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("v1a,{good}")]
    [InlineData("v2,{good}")]
    [InlineData("V1,{good}")]
    [InlineData("{good}")]
    [InlineData("v1,")]
    [InlineData("v1,c2hvcnQ=")]
    [InlineData("v1,{good}{good}")]
    [InlineData("garbage")]
    public void SignatureHeader_WithoutAWellFormedV1Entry_IsRejected(string header)
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var good = Sign(Secret, "msg_1", Now, CompletedBody)[3..];

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Verify(CompletedBody, Headers("msg_1", Now, header.Replace("{good}", good, StringComparison.Ordinal))));

        Assert.Equal(WebhookVerificationFailure.NoSupportedSignature, ex.Reason);
        Assert.Equal(WebhookHeaderNames.Signature, ex.HeaderName);
    }

    [Fact]
    public void HugeBody_OfFiveMegabytes_Verifies_AsTextAndAsBytes()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var body = $$"""{"id":"evt_big","type":"response.completed","created_at":{{Now}},"data":{"id":"resp_big"},"padding":"{{new string('x', 5 * 1024 * 1024)}}"}""";
        var headers = SignedHeaders(Secret, "msg_big", Now, body);

        var fromText = verifier.Unwrap(body, headers);
        var fromBytes = verifier.Unwrap(Encoding.UTF8.GetBytes(body), headers);

        Assert.Equal("resp_big", Assert.IsType<ResponseCompletedWebhookEvent>(fromText).ResponseId);
        Assert.Equal(5 * 1024 * 1024, Assert.IsType<ResponseCompletedWebhookEvent>(fromBytes).AdditionalProperties!["padding"].GetString()!.Length);

        // The same size, one byte changed in the middle.
        var tampered = body.Remove(body.Length / 2, 1).Insert(body.Length / 2, "y");
        Assert.Throws<WebhookVerificationException>(() => verifier.Verify(tampered, headers));
    }

    [Fact]
    public void NonAsciiBody_VerifiesTheSame_AsTextAndAsUtf8Bytes()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        const string body = """{"id":"evt_ü","type":"response.failed","created_at":1750000000,"data":{"id":"resp_日本"}}""";
        var headers = SignedHeaders(Secret, "msg_ü", Now, body);

        Assert.Equal("resp_日本", Assert.IsType<ResponseFailedWebhookEvent>(verifier.Unwrap(body, headers)).ResponseId);
        Assert.Equal("resp_日本", Assert.IsType<ResponseFailedWebhookEvent>(verifier.Unwrap(Encoding.UTF8.GetBytes(body), headers)).ResponseId);
    }

    [Fact]
    public void BodyAsASliceOfALargerBuffer_IsVerifiedOverTheSliceOnly()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var framed = Encoding.UTF8.GetBytes("GARBAGE" + CompletedBody + "TRAILER");
        var body = new ReadOnlyMemory<byte>(framed, "GARBAGE".Length, Encoding.UTF8.GetByteCount(CompletedBody));

        var evt = verifier.Unwrap(body, SignedHeaders(Secret, "msg_1", Now, CompletedBody));

        Assert.Equal("resp_abc123", Assert.IsType<ResponseCompletedWebhookEvent>(evt).ResponseId);
    }

    [Fact]
    public void SecretWithoutPrefix_IsAcceptedAsBase64()
    {
        var verifier = new ResponsesWebhookVerifier(Secret["whsec_".Length..], _time);

        verifier.Verify(CompletedBody, SignedHeaders(Secret, "msg_1", Now, CompletedBody));
    }

    [Fact]
    public void BodyThatIsNotJson_WithABadSignature_IsAVerificationFailure_NotAParseFailure()
    {
        // The body is not looked at before the signature holds.
        var verifier = new ResponsesWebhookVerifier(Secret, _time);

        var ex = Assert.Throws<WebhookVerificationException>(() => verifier.Unwrap("{not json", SignedHeaders(OtherSecret, "msg_1", Now, "{not json")));

        Assert.Equal(WebhookVerificationFailure.NoMatchingSignature, ex.Reason);
    }

    [Theory]
    [InlineData("{\"id\":\"evt_1\",\"type\":\"response.completed\",\"created_at\":1,\"data\":{\"id\":\"resp_secretive\"")]
    [InlineData("<html>resp_secretive</html>")]
    [InlineData("null")]
    [InlineData("[\"resp_secretive\"]")]
    [InlineData("\"resp_secretive\"")]
    [InlineData("{\"id\":\"evt_1\",\"type\":\"response.completed\",\"created_at\":1,\"data\":{\"id\":7}}")]
    [InlineData("{\"id\":\"evt_1\",\"type\":\"response.completed\",\"created_at\":999999999999999,\"data\":{\"id\":\"resp_secretive\"}}")]
    [InlineData("{\"id\":\"evt_1\",\"type\":\"response.completed\",\"created_at\":1e30,\"data\":{\"id\":\"resp_secretive\"}}")]
    public void SignedBody_ThatIsNotAWebhookEvent_IsASerializationFailure_WithoutTheBodyInTheMessage(string body)
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var headers = SignedHeaders(Secret, "msg_1", Now, body);

        var ex = Assert.Throws<ResponsesSerializationException>(() => verifier.Unwrap(body, headers));
        var fromBytes = Assert.Throws<ResponsesSerializationException>(() => verifier.Unwrap(Encoding.UTF8.GetBytes(body), headers));

        Assert.DoesNotContain("resp_secretive", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("html", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ex.Message, fromBytes.Message);

        // Verify only checks the signature, which holds.
        verifier.Verify(body, headers);
    }

    [Fact]
    public void SignedUnknownEvent_IsReturnedRaw()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        const string body = """{"id":"evt_1","type":"container.expired","created_at":1750000000,"data":{"id":"cntr_1"},"object":"event"}""";

        var evt = verifier.Unwrap(body, SignedHeaders(Secret, "msg_1", Now, body));

        var unknown = Assert.IsType<UnknownWebhookEvent>(evt);
        Assert.Equal("container.expired", unknown.Type);
        Assert.Equal(body, unknown.RawJson.GetRawText());
    }

    [Fact]
    public void Options_AreCopied_SoLaterChangesHaveNoEffect()
    {
        var options = new ResponsesWebhookVerifierOptions { Secrets = [Secret] };
        var verifier = new ResponsesWebhookVerifier(options, _time);

        options.Secrets.Clear();
        options.Secrets.Add(OtherSecret);
        options.Tolerance = TimeSpan.FromSeconds(1);
        _time.Advance(TimeSpan.FromMinutes(4));

        verifier.Verify(CompletedBody, SignedHeaders(Secret, "msg_1", Now, CompletedBody));
    }

    public static TheoryData<string?[]> InvalidSecretLists() => new()
    {
        Array.Empty<string?>(),
        new string?[] { null },
        new string?[] { "" },
        new string?[] { "   " },
        new string?[] { "whsec_" },
        new string?[] { "whsec_not*base64!TOPSECRET" },
        new string?[] { Secret, "whsec_%%TOPSECRET%%" },
    };

    [Theory]
    [MemberData(nameof(InvalidSecretLists))]
    public void InvalidSecrets_AreRejected_WithoutQuotingThem(string?[] secrets)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ResponsesWebhookVerifier(new ResponsesWebhookVerifierOptions { Secrets = secrets.ToList()! }));

        Assert.DoesNotContain("TOPSECRET", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret["whsec_".Length..], ex.Message, StringComparison.Ordinal);
        Assert.Contains("secret", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void InvalidSingleSecret_IsRejected_WithoutQuotingIt()
    {
        Assert.Throws<ArgumentNullException>(() => new ResponsesWebhookVerifier((string)null!));
        var ex = Assert.Throws<ArgumentException>(() => new ResponsesWebhookVerifier("whsec_TOPSECRET!!"));

        Assert.DoesNotContain("TOPSECRET", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullSecretList_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new ResponsesWebhookVerifier(new ResponsesWebhookVerifierOptions { Secrets = null! }));
        Assert.Throws<ArgumentNullException>(() => new ResponsesWebhookVerifier((ResponsesWebhookVerifierOptions)null!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(86_401)]
    [InlineData(long.MaxValue / TimeSpan.TicksPerSecond)]
    public void Tolerance_NotPositiveOrAbsurd_IsRejected(long seconds)
    {
        var ex = Assert.Throws<ArgumentException>(() => new ResponsesWebhookVerifier(new ResponsesWebhookVerifierOptions { Secrets = [Secret], Tolerance = TimeSpan.FromSeconds(seconds) }));

        Assert.Contains("tolerance", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void NullArguments_AreRejected()
    {
        var verifier = new ResponsesWebhookVerifier(Secret, _time);
        var headers = SignedHeaders(Secret, "msg_1", Now, CompletedBody);

        Assert.Throws<ArgumentNullException>(() => verifier.Unwrap((string)null!, headers));
        Assert.Throws<ArgumentNullException>(() => verifier.Unwrap(CompletedBody, (IReadOnlyDictionary<string, string>)null!));
        Assert.Throws<ArgumentNullException>(() => verifier.Verify(CompletedBody, (HttpHeaders)null!));
        Assert.Throws<ArgumentNullException>(() => verifier.Verify((string)null!, headers));
    }

    [Fact]
    public void TheVerifier_CanBeReplacedByASubclass_ForTests()
    {
        var fake = new CannedVerifier(new ResponseCancelledWebhookEvent { Id = "evt_fake", Data = { Id = "resp_fake" } });

        var evt = fake.Unwrap("anything", new Dictionary<string, string>());

        Assert.Equal("resp_fake", Assert.IsType<ResponseCancelledWebhookEvent>(evt).ResponseId);
    }

    private sealed class CannedVerifier(WebhookEvent canned) : ResponsesWebhookVerifier
    {
        public override WebhookEvent Unwrap(string body, IReadOnlyDictionary<string, string> headers) => canned;
    }
}
