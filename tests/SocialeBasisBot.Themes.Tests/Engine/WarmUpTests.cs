using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Cli;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Engine;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Engine;

[Collection(EngineTests.Name)]
public sealed class WarmUpTests(EngineFixture fixture)
{
    [Fact]
    public async Task Warming_up_themes_the_made_up_question_in_both_modes_through_every_stage()
    {
        var logger = new EngineLog();
        var options = new ThemesOptions();
        using var engine = new OfflineThemeEngine(Options.Create(options), logger, fixture.Generator);

        await engine.WarmUpAsync();

        // Each round themes the sample guided and emergent; the stage lines go to Debug, one summary line to Information.
        var themings = logger.Entries.Where(e => e.Message.StartsWith("Themes for 40 answers", StringComparison.Ordinal)).ToList();
        Assert.Equal(2 * options.WarmUpRounds, themings.Count);
        Assert.All(themings, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.Equal(options.WarmUpRounds, themings.Count(e => e.Message.Contains("(guided)", StringComparison.Ordinal)));
        Assert.All(themings, e => Assert.Contains("label", e.Message, StringComparison.Ordinal));
        var done = Assert.Single(logger.Entries, e => e.Message.StartsWith("Theme engine warmed up", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, done.Level);
    }

    [Fact]
    public async Task A_warmed_up_engine_gives_the_same_themes_as_a_cold_one()
    {
        var request = new ThemeRequest { Answers = SharedData.Question("q1") };
        using var cold = fixture.Create();
        var coldResult = await cold.FindThemesAsync(request);
        using var warm = fixture.Create();
        await warm.WarmUpAsync();
        var warmResult = await warm.FindThemesAsync(request);
        Assert.Equal(ThemeResultWriter.ToJson(coldResult), ThemeResultWriter.ToJson(warmResult));
    }

    [Fact]
    public async Task No_rounds_means_no_theming_at_start_up()
    {
        var logger = new EngineLog();
        using var engine = new OfflineThemeEngine(Options.Create(new ThemesOptions { WarmUpRounds = 0 }), logger, fixture.Generator);
        await engine.WarmUpAsync();
        Assert.DoesNotContain(logger.Entries, e => e.Message.StartsWith("Themes for", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cancelled_warm_up_stops()
    {
        using var engine = fixture.Create(o => o.Embeddings = EmbeddingSource.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.WarmUpAsync(cancelled.Token));
    }

    private sealed class EngineLog : ILogger<OfflineThemeEngine>
    {
        private readonly Lock gate = new();
        private readonly List<(LogLevel Level, string Message)> entries = [];

        public IReadOnlyList<(LogLevel Level, string Message)> Entries
        {
            get
            {
                lock (gate) return [.. entries];
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (gate) entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
