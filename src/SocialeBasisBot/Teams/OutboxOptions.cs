using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Teams;

/// <summary>How the outbox worker sends what the bot queued (summaries, closed cards, count refreshes).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the worker looks for messages other instances queued (its own wake it at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Least time between two sends to one conversation, over all instances. Teams allows a bot 7 messages a second
    /// and 60 per 30 seconds in one conversation; one every half second stays under both.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ConversationPace { get; set; } = TimeSpan.FromMilliseconds(500);

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
