using Microsoft.Extensions.Time.Testing;

namespace BackgroundResponses.Tests.Polling;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows its timers, so a test can jump straight to the next one once the code
/// under test is waiting, and record every delay it waited. No real sleeping: only yields while the code catches up.
/// </summary>
internal sealed class SteppingTimeProvider : FakeTimeProvider
{
    private readonly List<TrackedTimer> _timers = [];
    private readonly object _gate = new();

    public SteppingTimeProvider()
        : base(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public List<TimeSpan> Waited { get; } = [];

    public int TimersCreated
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this);
        tracked.Inner = base.CreateTimer(s => { tracked.Fired = true; callback(s); }, state, dueTime, period);
        tracked.SetDue(dueTime);
        lock (_gate)
        {
            _timers.Add(tracked);
        }

        return tracked;
    }

    /// <summary>
    /// Runs <paramref name="task"/> to its end: whenever every request so far is followed by a timer (the code is
    /// waiting), advances the clock to the earliest pending timer.
    /// </summary>
    /// <param name="task">The wait under test.</param>
    /// <param name="requests">How many requests have been sent so far.</param>
    /// <param name="timersBeyondRequests">Timers that exist apart from one delay per request (the MaxWait timer: 1; none with no limit).</param>
    /// <param name="stopWhen">When true, the clock is left alone and the task awaited as it is.</param>
    public async Task<T> RunAsync<T>(Task<T> task, Func<int> requests, int timersBeyondRequests = 1, Func<bool>? stopWhen = null)
    {
        var spins = 0;
        while (!task.IsCompleted && stopWhen?.Invoke() != true)
        {
            // Waiting means: every delay passed so far was followed by its request, and the last request by a new timer.
            var sent = requests();
            if (sent <= Waited.Count || TimersCreated < sent + timersBeyondRequests || NextDue() is not { } due)
            {
                if (++spins > 5_000_000)
                {
                    throw new TimeoutException($"The wait neither finished nor started a timer ({sent} requests, {TimersCreated} timers).");
                }

                await Task.Yield();
                continue;
            }

            var step = due - GetUtcNow();
            Waited.Add(step);
            Advance(step);
            await Task.Yield();
        }

        return await task;
    }

    private DateTimeOffset? NextDue()
    {
        lock (_gate)
        {
            return _timers.Where(t => t.Active).Select(t => (DateTimeOffset?)t.DueAt).Min();
        }
    }

    private sealed class TrackedTimer(SteppingTimeProvider owner) : ITimer
    {
        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset DueAt { get; private set; }

        public bool Infinite { get; private set; }

        public bool Fired { get; set; }

        public bool Disposed { get; private set; }

        public bool Active => !Fired && !Disposed && !Infinite;

        public void SetDue(TimeSpan dueTime)
        {
            Infinite = dueTime == Timeout.InfiniteTimeSpan;
            DueAt = owner.GetUtcNow() + (Infinite ? TimeSpan.Zero : dueTime);
            Fired = false;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            SetDue(dueTime);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            Disposed = true;
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
