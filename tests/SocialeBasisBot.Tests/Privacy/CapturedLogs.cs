using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SocialeBasisBot.Tests.Privacy;

/// <summary>
/// A logger provider that keeps every formatted message with its structured values, so a test can read what the bot
/// wrote to its logs. "Logging:Capture:LogLevel:…" sets its level apart from the console's.
/// </summary>
[ProviderAlias("Capture")]
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new CapturedLog(
                category,
                logLevel,
                formatter(state, exception),
                values.Select(v => $"{v.Key}={v.Value}").ToList(),
                exception?.ToString()));
        }
    }
}

/// <param name="Values">The message's structured values as "name=value", which a log store keeps apart from the text.</param>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<string> Values, string? Exception)
{
    public string Everything => string.Join('\n', [Category, Message, .. Values, Exception ?? ""]);
}
