using System.Diagnostics;

namespace BackgroundResponses.Tests.Diagnostics;

/// <summary>
/// Records the SDK's finished spans for one server host only, so that tests running in parallel (each with a host
/// of its own) do not see each other's spans.
/// </summary>
public sealed class ActivityCollector : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly List<Activity> _stopped = [];

    public ActivityCollector()
    {
        Host = $"trace-{Guid.NewGuid():N}.test";
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "BackgroundResponses",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if ((string?)activity.GetTagItem("server.address") == Host)
                {
                    lock (_stopped)
                    {
                        _stopped.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public string Host { get; }

    public Uri BaseAddress => new($"http://{Host}/v1/");

    public IReadOnlyList<Activity> Stopped
    {
        get
        {
            lock (_stopped)
            {
                return [.. _stopped];
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
