using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Privacy;

/// <summary>How long sessions are kept (section "Storage", beside the provider settings).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Storage";

    /// <summary>Sessions that ended (or started, if they never ended) longer ago than this are removed, answers and all.</summary>
    [Range(1, 36500)]
    public int RetentionDays { get; set; } = 180;

    /// <summary>How often an instance looks whether the daily removal is due (the database decides who runs it).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan RetentionCheckInterval { get; set; } = TimeSpan.FromHours(1);
}
