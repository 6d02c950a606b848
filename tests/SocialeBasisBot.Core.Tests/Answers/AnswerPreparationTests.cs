using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Core.Tests.Answers;

public sealed class AnswerPreparationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Answers_reach_the_engine_in_batches_while_the_question_is_still_open()
    {
        // The engine holds its first call until all answers are queued, so the rest must arrive in batches.
        var engine = new RecordingEngine { Hold = new TaskCompletionSource() };
        var preparation = new AnswerPreparation(engine, NullLogger<AnswerPreparation>.Instance);
        await preparation.StartAsync(CancellationToken.None);

        var texts = Enumerable.Range(1, 70).Select(i => $"Antwoord {i}").ToList();
        texts.ForEach(preparation.Enqueue);
        engine.Hold.SetResult();

        await engine.WaitUntilAsync(() => engine.Prepared.Count >= texts.Count);

        await preparation.StopAsync(CancellationToken.None);
        Assert.Equal(texts, engine.Prepared);
        Assert.All(engine.BatchSizes, size => Assert.InRange(size, 1, 32));
        Assert.Contains(engine.BatchSizes, size => size == 32);
    }

    [Fact]
    public async Task A_failing_engine_does_not_stop_later_preparation()
    {
        var engine = new RecordingEngine { FailFirst = true };
        var preparation = new AnswerPreparation(engine, NullLogger<AnswerPreparation>.Instance);
        await preparation.StartAsync(CancellationToken.None);

        preparation.Enqueue("eerste");
        await engine.WaitUntilAsync(() => engine.Attempts > 0);

        preparation.Enqueue("tweede");
        await engine.WaitUntilAsync(() => engine.Prepared.Contains("tweede"));

        await preparation.StopAsync(CancellationToken.None);
        Assert.Contains("tweede", engine.Prepared);
    }

    [Fact]
    public async Task A_summary_holds_preparation_off_and_the_interrupted_batch_is_prepared_after_it()
    {
        // The engine's first call runs until it is cancelled, as embedding a batch does while a summary starts.
        var engine = new RecordingEngine { Hold = new TaskCompletionSource(), HoldHonoursCancellation = true };
        var preparation = new AnswerPreparation(engine, NullLogger<AnswerPreparation>.Instance);
        await preparation.StartAsync(CancellationToken.None);
        preparation.Enqueue("eerste");
        preparation.Enqueue("tweede");
        await engine.WaitUntilAsync(() => engine.Attempts > 0);

        var hold = preparation.HoldOff();
        await engine.WaitUntilAsync(() => engine.Cancelled > 0);
        engine.Hold.SetResult();
        preparation.Enqueue("derde");
        var attemptsWhileHeld = engine.Attempts;
        hold.Dispose();
        await engine.WaitUntilAsync(() => engine.Prepared.Count >= 3);

        await preparation.StopAsync(CancellationToken.None);
        Assert.Equal(1, engine.Cancelled);
        Assert.Equal(1, attemptsWhileHeld);
        Assert.Equal(["eerste", "tweede", "derde"], engine.Prepared);
    }

    [Fact]
    public async Task Texts_beyond_a_full_queue_are_counted_as_dropped_oldest_first_and_every_other_text_is_prepared()
    {
        // The engine holds the first batch, so every later text waits in the queue until it is full.
        var engine = new RecordingEngine { Hold = new TaskCompletionSource() };
        var preparation = new AnswerPreparation(engine, NullLogger<AnswerPreparation>.Instance);
        await preparation.StartAsync(CancellationToken.None);
        preparation.Enqueue("eerste");
        await engine.WaitUntilAsync(() => engine.Attempts > 0);

        var texts = Enumerable.Range(1, AnswerPreparation.Capacity + 50).Select(i => $"Antwoord {i}").ToList();
        texts.ForEach(preparation.Enqueue);
        var droppedWhileFull = preparation.DroppedCount;
        engine.Hold.SetResult();
        await engine.WaitUntilAsync(() => engine.Prepared.Count >= 1 + AnswerPreparation.Capacity);

        await preparation.StopAsync(CancellationToken.None);
        Assert.Equal(50, droppedWhileFull);
        Assert.Equal(["eerste", .. texts.Skip(50)], engine.Prepared);
    }

    [Fact]
    public async Task The_engine_warms_up_at_start_and_a_failed_warm_up_does_not_stop_preparation()
    {
        var engine = new RecordingEngine { FailWarmUp = true };
        var preparation = new AnswerPreparation(engine, NullLogger<AnswerPreparation>.Instance);
        await preparation.StartAsync(CancellationToken.None);

        preparation.Enqueue("eerste");
        await engine.WaitUntilAsync(() => engine.Prepared.Contains("eerste"));

        await preparation.StopAsync(CancellationToken.None);
        Assert.Equal(1, engine.WarmUps);
        Assert.Contains("eerste", engine.Prepared);
    }

    [Fact]
    public async Task A_summary_cuts_the_warm_up_short_and_answers_are_prepared_after_it()
    {
        var engine = new RecordingEngine { WarmUpUntilCancelled = true };
        var preparation = new AnswerPreparation(engine, NullLogger<AnswerPreparation>.Instance);
        await preparation.StartAsync(CancellationToken.None);
        await engine.WaitUntilAsync(() => engine.WarmUps == 1);
        preparation.Enqueue("eerste");

        using (preparation.HoldOff())
        {
            // The warm-up gave way; nothing is prepared while the summary holds preparation off.
            Assert.Empty(engine.Prepared);
        }

        await engine.WaitUntilAsync(() => engine.Prepared.Contains("eerste"));
        await preparation.StopAsync(CancellationToken.None);
        Assert.Equal(["eerste"], engine.Prepared);
        Assert.Equal(1, engine.WarmUps);
    }

    private sealed class RecordingEngine : IThemeEngine
    {
        public int WarmUps => warmUps;

        private int warmUps;

        public bool FailWarmUp { get; init; }

        /// <summary>A warm-up that runs until its token is cancelled (a summary holding preparation off).</summary>
        public bool WarmUpUntilCancelled { get; init; }

        public async Task WarmUpAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref warmUps);
            called.Release();
            if (FailWarmUp) throw new FileNotFoundException("hunspell");
            if (WarmUpUntilCancelled) await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
        }

        public ConcurrentQueue<string> Prepared { get; } = new();

        public ConcurrentQueue<int> BatchSizes { get; } = new();

        public bool FailFirst { get; set; }

        public TaskCompletionSource? Hold { get; init; }

        /// <summary>A call waiting on <see cref="Hold"/> ends when its token is cancelled.</summary>
        public bool HoldHonoursCancellation { get; init; }

        public int Cancelled => cancelled;

        private int cancelled;

        public int Attempts => attempts;

        private int attempts;

        // Released when a call starts and after it ends, so a test waits for the engine instead of polling the clock.
        private readonly SemaphoreSlim called = new(0);

        /// <summary>Waits, at most <see cref="Patience"/> in all, until a call has made the condition true.</summary>
        public async Task WaitUntilAsync(Func<bool> condition)
        {
            var waited = Stopwatch.StartNew();
            while (!condition() && waited.Elapsed < Patience)
            {
                await called.WaitAsync(Patience - waited.Elapsed);
            }
        }

        public Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public async Task PrepareAsync(IEnumerable<string> texts, CancellationToken cancellationToken = default)
        {
            try
            {
                Interlocked.Increment(ref attempts);
                called.Release();
                if (Hold is not null)
                {
                    try
                    {
                        await (HoldHonoursCancellation ? Hold.Task.WaitAsync(cancellationToken) : Hold.Task);
                    }
                    catch (OperationCanceledException)
                    {
                        Interlocked.Increment(ref cancelled);
                        throw;
                    }
                }

                if (FailFirst)
                {
                    FailFirst = false;
                    throw new InvalidOperationException("model not loaded");
                }

                var list = texts.ToList();
                BatchSizes.Enqueue(list.Count);
                list.ForEach(Prepared.Enqueue);
            }
            finally
            {
                called.Release();
            }
        }
    }
}
