using System.Net;
using System.Text;
using BackgroundResponses.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses.AspNetCore.Tests.Webhooks;

public class ResponsesWebhookBodyLimitTests
{
    private const int Limit = 1024;

    [Fact]
    public async Task BodyAtTheLimit_IsAccepted()
    {
        await using var app = await StartAsync();
        var body = Padded(Limit);

        using var response = await app.DeliverAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Recorder.Handled);
    }

    [Fact]
    public async Task DeclaredLengthOverTheLimit_Is413_WithoutRunningTheHandler()
    {
        await using var app = await StartAsync();
        using var request = WebhookSigner.Request(WebhookTestApp.Path, "wh_big", app.Time.GetUtcNow(), Padded(Limit + 1));
        Assert.Equal(Limit + 1, request.Content!.Headers.ContentLength);

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(app.Recorder.Handled);
        var warning = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Equal("WebhookBodyTooLarge", warning.Id.Name);
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_Is413_ThoughNoLengthWasDeclared()
    {
        await using var app = await StartAsync();
        var body = Padded(4 * 1024 * 1024);
        var signed = WebhookSigner.Request(WebhookTestApp.Path, "wh_chunked", app.Time.GetUtcNow(), body);
        var stream = new TrickleStream(Encoding.UTF8.GetBytes(body), chunkSize: 100);
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookTestApp.Path) { Content = new StreamContent(stream) };
        foreach (var header in signed.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        request.Headers.TransferEncodingChunked = true;

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(app.Recorder.Handled);

        // Reading stopped past the limit: most of the 4 MiB was never pulled through (the server buffers some ahead).
        Assert.InRange(stream.BytesRead, Limit + 1, 1024 * 1024);
    }

    [Fact]
    public async Task ChunkedBodyWithinTheLimit_IsVerifiedAndHandled()
    {
        await using var app = await StartAsync();
        var body = WebhookSigner.CompletedEvent();
        var signed = WebhookSigner.Request(WebhookTestApp.Path, "wh_chunked_ok", app.Time.GetUtcNow(), body);
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookTestApp.Path) { Content = new StreamContent(new TrickleStream(Encoding.UTF8.GetBytes(body), chunkSize: 7)) };
        foreach (var header in signed.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        request.Headers.TransferEncodingChunked = true;

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Recorder.Handled);
    }

    [Fact]
    public async Task DefaultLimit_IsFarAboveARealEvent()
    {
        await using var app = await WebhookTestApp.StartAsync();

        using var response = await app.DeliverAsync(Padded(200 * 1024));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<WebhookTestApp> StartAsync() =>
        WebhookTestApp.StartAsync(builder => builder.Services.Configure<ResponsesWebhookOptions>(options => options.MaxBodyBytes = Limit));

    /// <summary>A valid event whose <c>data</c> carries padding, exactly <paramref name="length"/> bytes long.</summary>
    private static string Padded(int length)
    {
        const string Head = """{"id":"evt_pad","object":"event","created_at":1750287018,"type":"response.completed","data":{"id":"resp_pad","padding":" """;
        const string Tail = "\"}}";
        return Head + new string('x', length - Head.Length - Tail.Length) + Tail;
    }

    /// <summary>A body that arrives a few bytes at a time with no declared length, and counts what was read of it.</summary>
    private sealed class TrickleStream(byte[] content, int chunkSize) : Stream
    {
        private int _position;

        public int BytesRead => Volatile.Read(ref _position);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(chunkSize, buffer.Length), content.Length - _position);
            content.AsSpan(_position, count).CopyTo(buffer);
            Volatile.Write(ref _position, _position + count);
            return count;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return Read(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
