using System.Globalization;

namespace SocialeBasisBot.Wall;

/// <summary>
/// The processor time the calling thread has used. .NET has no API for one thread's time (ProcessThread needs the OS
/// thread id, which .NET does not expose), so on Linux it reads the kernel's per-thread scheduler account
/// (/proc/thread-self/schedstat, nanoseconds on a processor); elsewhere there is none and callers fall back to
/// elapsed time, which is never less than the processor time of work that runs on one thread.
/// </summary>
public static class ThreadProcessorTime
{
    private const string SchedStat = "/proc/thread-self/schedstat";
    private static readonly bool Available = File.Exists(SchedStat);

    /// <summary>The calling thread's processor time so far; null where the system does not say.</summary>
    public static TimeSpan? Current()
    {
        if (!Available)
            return null;
        try
        {
            var text = File.ReadAllText(SchedStat);
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            return long.TryParse(end < 0 ? text : text[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var nanoseconds)
                ? TimeSpan.FromTicks(nanoseconds / 100)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
