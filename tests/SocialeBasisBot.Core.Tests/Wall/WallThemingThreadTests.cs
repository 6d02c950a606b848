using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Core.Tests.Wall;

/// <summary>
/// The wall's own thread: a theming and the continuations of its awaits run there, not on the thread pool intake
/// uses, and the thread counts the processor time they took.
/// </summary>
public sealed class WallThemingThreadTests
{
    [Fact]
    public async Task Work_and_its_continuations_run_on_the_one_thread_which_counts_their_processor_time()
    {
        using var thread = new WallThemingThread(TimeProvider.System);
        var names = new List<string?>();
        var counted = TimeSpan.Zero;

        await thread.Run(async () =>
        {
            // Asked on the thread, as the wall does at a theming's start and end: the work running now is included
            // (asked from elsewhere, a work item counts only once the thread has finished it).
            var before = thread.ProcessorTime;
            names.Add(Thread.CurrentThread.Name);
            await Task.Yield();
            names.Add(Thread.CurrentThread.Name);
            // A real wait on something outside (as a database read): the continuation still comes back.
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
            names.Add(Thread.CurrentThread.Name);
            Spin(TimeSpan.FromMilliseconds(60));
            // A parallel loop given the current scheduler must not deadlock on one thread, and stays on it.
            var sum = 0L;
            var loopThreads = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
            Parallel.For(0, 1000, new ParallelOptions { TaskScheduler = TaskScheduler.Current }, i =>
            {
                Interlocked.Add(ref sum, i);
                loopThreads.TryAdd(Thread.CurrentThread.Name ?? "(pool)", true);
            });
            Assert.Equal(499_500, sum);
            Assert.Equal(["Wall theming"], loopThreads.Keys);
            counted = thread.ProcessorTime - before;
        });

        Assert.Equal(["Wall theming", "Wall theming", "Wall theming"], names);
        Assert.Equal(1, thread.MaximumConcurrencyLevel);
        Assert.True(counted >= TimeSpan.FromMilliseconds(60), $"counted {counted}");
    }

    [Fact]
    public async Task Disposing_twice_is_harmless_as_the_host_disposes_the_wall_once_per_service_it_is_registered_as()
    {
        var thread = new WallThemingThread(TimeProvider.System);
        await thread.Run(() => Task.CompletedTask);
        thread.Dispose();
        var again = Record.Exception(thread.Dispose);
        Assert.Null(again);
    }

    [Fact]
    public async Task Work_that_comes_after_disposal_runs_on_the_pool_instead_of_being_dropped_or_throwing()
    {
        var thread = new WallThemingThread(TimeProvider.System);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = false;
        var inProgress = thread.Run(async () =>
        {
            await release.Task;
            finished = true;
        });
        // The host stops while a theming waits: its next step must still run, and a request that comes late must not fail.
        thread.Dispose();
        release.SetResult();
        await inProgress.WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System);
        var late = false;
        await thread.Run(() =>
        {
            late = true;
            return Task.CompletedTask;
        }).WaitAsync(TimeSpan.FromSeconds(30), TimeProvider.System);

        Assert.True(finished);
        Assert.True(late);
    }

    [Fact]
    public void The_thread_reads_its_own_processor_time_on_linux()
    {
        if (!OperatingSystem.IsLinux())
            return;
        var before = ThreadProcessorTime.Current();
        Spin(TimeSpan.FromMilliseconds(30));
        var after = ThreadProcessorTime.Current();

        Assert.NotNull(before);
        Assert.True(after - before >= TimeSpan.FromMilliseconds(30), $"{before} → {after}");
    }

    /// <summary>Busy until this thread has used <paramref name="processor"/> (by elapsed time where the system does not say).</summary>
    private static void Spin(TimeSpan processor)
    {
        var start = ThreadProcessorTime.Current();
        var started = TimeProvider.System.GetTimestamp();
        while ((ThreadProcessorTime.Current() - start ?? TimeProvider.System.GetElapsedTime(started)) < processor)
        {
            Thread.SpinWait(1000);
        }
    }
}
