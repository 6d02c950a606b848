using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Teams;

public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>How often a send to Teams is retried after 429/412/5xx.</summary>
    [Range(0, 10)]
    public int SendRetries { get; set; } = 4;

    /// <summary>First back-off when Teams sends no Retry-After; doubles per retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan SendRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a summary may take before the chat is told "Bezig met samenvatten…".</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan SummaryPatience { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How often an instance looks for due question timers: "sluit om 10:42" closes within this of 10:42.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan TimerLookInterval { get; set; } = TimeSpan.FromSeconds(1);
}
