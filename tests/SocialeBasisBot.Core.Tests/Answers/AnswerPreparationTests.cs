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

    private sealed class RecordingEngine : IThemeEngine
    {
        public ConcurrentQueue<string> Prepared { get; } = new();

        public ConcurrentQueue<int> BatchSizes { get; } = new();

        public bool FailFirst { get; set; }

        public TaskCompletionSource? Hold { get; init; }

        public int Attempts => attempts;

        private int attempts;

        // Released after every call, so a test waits for the engine instead of polling the clock.
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
                if (Hold is not null)
                {
                    await Hold.Task;
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
