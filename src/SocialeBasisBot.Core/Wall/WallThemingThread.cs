using System.Collections.Concurrent;

namespace SocialeBasisBot.Wall;

/// <summary>
/// The one thread the wall's themings run on (a task scheduler of its own: the continuations of their awaits come back
/// here too), so a theming never holds one of the thread pool's few threads that answer intake needs; on 2 cores a pool
/// thread busy for half a second made queued answers wait. The engine's parallel loops still hand part of their work
/// to the pool (.NET 10's Parallel uses the pool's scheduler whatever the current one is, checked), which the budget
/// does not count. The runtime offers no single-thread scheduler, hence this small one. It counts the processor time
/// its thread spends on the work (<see cref="ThreadProcessorTime"/>, or elapsed time where the system does not say),
/// which the wall's budget uses.
/// <para>
/// The thread runs at normal priority. .NET's Thread.Priority changes nothing on Linux (checked in /proc); nice 19 set
/// on this thread with setpriority(gettid()) crashed the test host in 3 of 3 runs with a segfault in ONNX Runtime on
/// this thread (libonnxruntime.so+0x2b926c, where pool threads crashed a few times before on this machine too; the
/// first theming of a process encodes here), and the same tests passed without it. Cause not found: docs/benchmarks.md,
/// session 7.
/// </para>
/// </summary>
public sealed class WallThemingThread : TaskScheduler, IDisposable
{
    // Not disposed (see Dispose).
    private readonly BlockingCollection<Task> work = [];
    private readonly Thread thread;
    private readonly TimeProvider time;
    private long busyTicks;
    private int disposed;
    // The work item running now (read only on this thread): where its processor time started.
    private TimeSpan? itemProcessor;
    private long itemStarted;

    public WallThemingThread(TimeProvider time)
    {
        this.time = time;
        thread = new Thread(Loop) { IsBackground = true, Name = "Wall theming" };
        thread.Start();
    }

    /// <summary>Processor time this thread has spent on work so far; asked on this thread, including the work running now.</summary>
    public TimeSpan ProcessorTime =>
        TimeSpan.FromTicks(Interlocked.Read(ref busyTicks)) + (Thread.CurrentThread == thread ? SinceItemStarted() : TimeSpan.Zero);

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>
    /// Runs <paramref name="action"/> (and what it awaits, when it comes back) on this thread. Whoever awaits the
    /// returned task goes on on the pool, never on this thread (a continuation would otherwise run inline
    /// where the work finished, and be counted as the wall's).
    /// </summary>
    public async Task Run(Func<Task> action) =>
        await Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap()
            .ConfigureAwait(ConfigureAwaitOptions.ForceYielding);

    public void Dispose()
    {
        // The host disposes WallThemes once per service it is registered as.
        if (Interlocked.Exchange(ref disposed, 1) == 1)
            return;
        // The thread ends once the queue is drained; not joined, so a theming in progress finishes unseen on the pool
        // (QueueTask), as when its session is forgotten. The queue itself is left to the collector: disposing it under
        // the thread's feet would make the thread's wait throw.
        work.CompleteAdding();
    }

    protected override void QueueTask(Task task)
    {
        try
        {
            work.Add(task);
        }
        catch (InvalidOperationException) when (work.IsAddingCompleted)
        {
            // Disposed (the host is stopping): the thread is ending, so what still comes — the next step of a theming
            // in progress, a wall request in the last moment — runs on the pool instead of being dropped or throwing.
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Scheduler.TryExecuteTask(state.Task), (Scheduler: this, Task: task), preferLocal: false);
        }
    }

    // Only on this thread, so nothing of the wall's ever runs elsewhere on its account.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Thread.CurrentThread == thread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => work.ToArray();

    private TimeSpan SinceItemStarted() => ThreadProcessorTime.Current() - itemProcessor ?? time.GetElapsedTime(itemStarted);

    private void Loop()
    {
        foreach (var task in work.GetConsumingEnumerable())
        {
            itemProcessor = ThreadProcessorTime.Current();
            itemStarted = time.GetTimestamp();
            TryExecuteTask(task);
            Interlocked.Add(ref busyTicks, SinceItemStarted().Ticks);
        }
    }
}
