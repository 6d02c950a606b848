namespace SocialeBasisBot.Privacy;

/// <summary>
/// A job that runs once per period across all instances: whoever moves <see cref="NextRunAt"/> forward with a
/// conditional update (only while it is due) runs it; the others see no row changed. Durable across restarts.
/// </summary>
public sealed class ScheduledJob
{
    public required string Name { get; set; }

    public DateTimeOffset NextRunAt { get; set; }

    public DateTimeOffset? LastRunAt { get; set; }

    public string? LastRunBy { get; set; }
}
