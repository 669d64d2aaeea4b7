using WebhookReceiver;

namespace BackgroundResponses.Tests.Samples;

public class WebhookReceiverSampleTests
{
    [Fact]
    public async Task OfflineRun_GetsTheCompletionByWebhookRetrievesItAndHandlesTheRedeliveryOnce()
    {
        using var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var exitCode = await WebhookDemo.RunAsync(new ReceiverSettings(), liveSecret: null, output, timeout.Token);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Single(text.Split('\n'), line => line.StartsWith("← webhook response.completed (evt_", StringComparison.Ordinal));
        Assert.Contains("Whiskers on the bank / the kelp sways, the tide turns slow / a knock: it is done.", text, StringComparison.Ordinal);
        Assert.Contains("again: answered 200 without running the handler again.", text, StringComparison.Ordinal);
        Assert.Contains("Webhook endpoint listening at http://127.0.0.1:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_EndsTheRunWithCancellation()
    {
        using var output = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WebhookDemo.RunAsync(new ReceiverSettings(), liveSecret: null, output, cancelled.Token));
    }

    [Fact]
    public void Settings_OfflineUseAFreePortOnlineAFixedOne()
    {
        Assert.Equal(0, ReceiverSettings.FromArgs([], offline: true).Port);
        Assert.Equal(ReceiverSettings.DefaultOnlinePort, ReceiverSettings.FromArgs([], offline: false).Port);
        Assert.Equal(TimeSpan.FromMinutes(10), ReceiverSettings.FromArgs([], offline: false).Timeout);
        var parsed = ReceiverSettings.FromArgs(["--port", "9000", "--prompt", "Hi", "--timeout", "5"], offline: true);
        Assert.Equal((9000, "Hi", TimeSpan.FromSeconds(5)), (parsed.Port, parsed.Prompt, parsed.Timeout));
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "x")]
    [InlineData("--timeout", "0")]
    [InlineData("--colour", "blue")]
    [InlineData("--port")]
    public void Settings_RejectBadArguments(params string[] args)
    {
        Assert.Throws<ArgumentException>(() => ReceiverSettings.FromArgs(args, offline: true));
    }

    [Fact]
    public async Task Inbox_AWebhookThatArrivesBeforeTheWaiterIsKept()
    {
        var inbox = new WebhookInbox();
        inbox.Deliver(new ResponseCompletedWebhookEvent { Id = "evt_1", Data = new WebhookEventData { Id = "resp_1" } });

        var received = await inbox.WaitForAsync("resp_1", CancellationToken.None);

        Assert.Equal("evt_1", received.Id);
        Assert.Equal(1, inbox.Handled);
    }
}
