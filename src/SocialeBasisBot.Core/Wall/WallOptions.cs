using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Wall;

/// <summary>Configuration section "Wall": how often the live theme wall looks and re-themes.</summary>
public sealed class WallOptions
{
    public const string Section = "Wall";

    /// <summary>How often an open wall reads the session and its answers (one read per session, shared by all viewers).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "Wall:RefreshInterval must be between 50 ms and 1 minute.")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Least time between two provisional themings of one session: theming is CPU work, answers come in bursts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Wall:ThemeInterval must be between 100 ms and 10 minutes.")]
    public TimeSpan ThemeInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The share of one core the provisional themes may use: after a theming that took t of processor time the next
    /// one (of any wall) waits t × (1 / share − 1), besides <see cref="ThemeInterval"/>. Intake shares the cores with
    /// the theming, so this keeps an open wall from slowing the chat down during a burst of answers; a higher share
    /// makes themes form more often. 1 means no wait beyond the interval.
    /// </summary>
    [Range(0.01, 1.0, ErrorMessage = "Wall:ThemeCpuShare must be between 0.01 and 1.")]
    public double ThemeCpuShare { get; set; } = 0.1;

    /// <summary>
    /// Provisional themes of an open question are made from at most this many of its newest answers. A theming runs
    /// over every answer it is given, so without a bound a question with tens of thousands of answers keeps a core
    /// busy and slows answer intake. 300 holds every answer of a webinar of 150 people; a theming's clustering and
    /// assignment grow with the square of its answers, and at 1 000 the wall still cost intake a third of its rate
    /// (quiet machine, 35 000 answers in 8 s: 0.46× the bare pipeline at 1 000, 0.59× at 300, 0.73× without a wall;
    /// docs/benchmarks.md). The final themes after `sluit` always use every answer.
    /// </summary>
    [Range(100, 100_000, ErrorMessage = "Wall:ProvisionalAnswerLimit must be between 100 and 100000.")]
    public int ProvisionalAnswerLimit { get; set; } = 300;

    /// <summary>
    /// A session whose wall nobody has read for this long is dropped from memory (its latest read and themes); the
    /// next viewer reads and themes it again. Keeps memory bounded by the walls watched, not the sessions ever shown.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Wall:ForgetAfter must be between 1 second and 1 day.")]
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromMinutes(10);
}
