using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Answers;

/// <summary>
/// Hands answer texts to the theme engine as they arrive (embedding costs ~12 ms an answer on 2 cores), in small
/// batches off the request path, so `sluit` on 500 answers takes seconds rather than a minute.
/// <para>
/// A summary being made holds this off (<see cref="HoldOff"/>): it embeds whatever is still missing itself, and this
/// worker embedding the same texts beside it only halves the cores the summary gets (measured: 500 answers closed
/// right after they arrived, the engine's vectorise stage doubled).
/// </para>
/// </summary>
public sealed partial class AnswerPreparation : BackgroundService
{
    /// <summary>Texts waiting at most; beyond it the oldest waiting text is dropped (never a turn blocked).</summary>
    public const int Capacity = 10_000;

    private const int BatchSize = 32;

    /// <summary>A full queue is logged on its first drop and then once per this many.</summary>
    private const int DropsPerWarning = 1_000;

    private readonly IThemeEngine engine;
    private readonly ILogger<AnswerPreparation> logger;
    private readonly Channel<string> texts;

    private readonly Lock gate = new();
    private int holds;
    private TaskCompletionSource resumed = Resumed();
    private CancellationTokenSource batchStop = new();
    private long dropped;

    public AnswerPreparation(IThemeEngine engine, ILogger<AnswerPreparation> logger)
    {
        this.engine = engine;
        this.logger = logger;
        texts = Channel.CreateBounded<string>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            Dropped);
    }

    /// <summary>
    /// Texts dropped from a full queue since start. Nothing depends on them being prepared: a summary embeds whatever is
    /// missing itself, and the wall leaves an answer out of its provisional themes (and says how many it used) until it
    /// is embedded; but a drop is counted and logged, never silent.
    /// </summary>
    public long DroppedCount => Interlocked.Read(ref dropped);

    /// <summary>Queues a text; never blocks a turn (under extreme load the oldest waiting texts are embedded at close).</summary>
    public void Enqueue(string text) => texts.Writer.TryWrite(text);

    /// <summary>
    /// Stops preparing (the batch in progress is interrupted and tried again later) until the returned hold is disposed;
    /// holds nest.
    /// </summary>
    public IDisposable HoldOff()
    {
        lock (gate)
        {
            if (holds++ == 0)
            {
                resumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                batchStop.Cancel();
            }
        }

        return new Hold(this);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WarmUpAsync(stoppingToken);
        var batch = new List<string>(BatchSize);
        while (batch.Count > 0 || await texts.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < BatchSize && texts.Reader.TryRead(out var text))
            {
                batch.Add(text);
            }

            CancellationTokenSource stop;
            Task mayGo;
            lock (gate)
            {
                mayGo = resumed.Task;
                if (batchStop.IsCancellationRequested)
                {
                    batchStop.Dispose();
                    batchStop = new CancellationTokenSource();
                }

                stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, batchStop.Token);
            }

            using (stop)
            {
                await mayGo.WaitAsync(stoppingToken);
                try
                {
                    await engine.PrepareAsync(batch, stop.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // Held off by a summary: the batch is tried again once the summary is done (the texts it embedded
                    // meanwhile are then found in the engine's cache).
                    continue;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Preparation is an optimisation: the engine embeds whatever is missing when the question closes.
                    LogPreparationFailed(ex, batch.Count);
                }
            }

            batch.Clear();
        }
    }

    /// <summary>
    /// The engine loads its word lists and themes a made-up question now, in the background, rather than in the first
    /// summary after `sluit`. A summary that starts meanwhile cuts it short (<see cref="HoldOff"/>): it needs the cores.
    /// </summary>
    private async Task WarmUpAsync(CancellationToken stoppingToken)
    {
        CancellationToken held;
        lock (gate) held = batchStop.Token;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, held);
        try
        {
            await engine.WarmUpAsync(stop.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            LogWarmUpCutShort();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Only an optimisation: the first summary loads whatever is missing, and logs why it is missing.
            LogWarmUpFailed(ex);
        }
    }

    public override void Dispose()
    {
        batchStop.Dispose();
        base.Dispose();
    }

    private void Dropped(string _)
    {
        var count = Interlocked.Increment(ref dropped);
        if (count % DropsPerWarning == 1)
        {
            LogQueueFull(count, Capacity);
        }
    }

    private static TaskCompletionSource Resumed()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }

    private void Release()
    {
        lock (gate)
        {
            if (--holds == 0)
            {
                resumed.SetResult();
            }
        }
    }

    private sealed class Hold(AnswerPreparation preparation) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                preparation.Release();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answer preparation queue full ({Capacity} texts): {Count} dropped so far, oldest first; each is embedded when its question closes, and the wall leaves it out until then")]
    private partial void LogQueueFull(long count, int capacity);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up the theme engine failed; the first summary loads what it needs")]
    private partial void LogWarmUpFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Warming up the theme engine was cut short by a summary; the rest warms up on real answers")]
    private partial void LogWarmUpCutShort();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Preparing {Count} answers for the theme engine failed; they will be embedded at close")]
    private partial void LogPreparationFailed(Exception exception, int count);
}
