using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Teams;

/// <summary>How the outbox worker sends what the bot queued (summaries, closed cards, count refreshes).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the worker looks for messages other instances queued (its own wake it at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    // Teams allows a bot, per conversation: 7 messages in 1 s, 8 in 2 s, 60 in 30 s and 1800 in an hour
    // (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit). The defaults stay one or more under each:
    // a burst of 6 back to back (a `volgende` that closes a question says three or four things at once), then a
    // sustained rate of under 2 a second, and under one every two seconds over an hour. 0 switches a window off.

    /// <summary>Messages to one conversation in any second: the burst.</summary>
    [Range(0, 10_000)]
    public int PerSecond { get; set; } = 6;

    [Range(0, 10_000)]
    public int PerTwoSeconds { get; set; } = 7;

    /// <summary>Messages to one conversation in any 30 seconds: the sustained rate.</summary>
    [Range(0, 10_000)]
    public int PerHalfMinute { get; set; } = 55;

    [Range(0, 100_000)]
    public int PerHour { get; set; } = 1700;

    /// <summary>The windows that are on, for the claim in the database (which counts sends by every instance).</summary>
    public IReadOnlyList<Storage.OutboxRate> Rates =>
    [
        .. new Storage.OutboxRate[]
        {
            new(TimeSpan.FromSeconds(1), PerSecond),
            new(TimeSpan.FromSeconds(2), PerTwoSeconds),
            new(TimeSpan.FromSeconds(30), PerHalfMinute),
            new(TimeSpan.FromHours(1), PerHour),
        }.Where(r => r.Messages > 0),
    ];

    /// <summary>First wait after a 5xx or a 429 without Retry-After; doubles per attempt, up to <see cref="MaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a throttled or failing message is retried before it is marked failed.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long one Teams call may take; a new message whose POST timed out is not sent again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an instance holds a claimed message before another may take it over (it died).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Conversations this instance sends to at the same time (one message at a time per conversation).</summary>
    [Range(1, 64)]
    public int Senders { get; set; } = 4;
}
