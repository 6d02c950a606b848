using System.Runtime.InteropServices;

namespace SocialeBasisBot.Wall;

/// <summary>
/// Puts the calling thread below normal priority, so that while answer intake keeps the cores busy the wall's theming
/// waits, and on idle cores (a webinar's usual pace) it runs at once. On Linux .NET's <see cref="Thread.Priority"/> is
/// accepted and read back but changes nothing (checked: the thread's nice value in /proc stays 0, also as root), so
/// the thread's nice value is raised through setpriority(PRIO_PROCESS, gettid(), nice), which on Linux applies to that
/// one thread; raising it needs no privilege. Elsewhere <see cref="Thread.Priority"/> does the job.
/// </summary>
public static partial class BelowNormalPriority
{
    /// <summary>The nice value on Linux: the lowest, so a thread of normal priority on the same core gets ~98 % of it.</summary>
    public const int Nice = 19;

    private const int PrioProcess = 0;

    /// <summary>Lowers the calling thread's priority; false where the system refused (the thread then runs as before).</summary>
    public static bool ApplyToCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            Thread.CurrentThread.Priority = ThreadPriority.Lowest;
            return true;
        }

        try
        {
            return setpriority(PrioProcess, gettid(), Nice) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A libc without gettid (glibc before 2.30, some musl builds): the theming still has its processor budget.
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int setpriority(int which, int who, int prio);

    [DllImport("libc")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int gettid();
}
