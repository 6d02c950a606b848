using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Answers;

/// <summary>
/// Hands answer texts to the theme engine as they arrive (embedding costs ~12 ms an answer on 2 cores), in small
/// batches off the request path, so `sluit` on 500 answers takes seconds rather than a minute.
/// </summary>
public sealed partial class AnswerPreparation(IThemeEngine engine, ILogger<AnswerPreparation> logger) : BackgroundService
{
    private const int BatchSize = 32;
    private readonly Channel<string> texts = Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <summary>Queues a text; never blocks a turn (under extreme load the oldest waiting texts are embedded at close).</summary>
    public void Enqueue(string text) => texts.Writer.TryWrite(text);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<string>(BatchSize);
        while (await texts.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < BatchSize && texts.Reader.TryRead(out var text))
            {
                batch.Add(text);
            }

            try
            {
                await engine.PrepareAsync(batch, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Preparation is an optimisation: the engine embeds whatever is missing when the question closes.
                LogPreparationFailed(ex, batch.Count);
            }

            batch.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Preparing {Count} answers for the theme engine failed; they will be embedded at close")]
    private partial void LogPreparationFailed(Exception exception, int count);
}
