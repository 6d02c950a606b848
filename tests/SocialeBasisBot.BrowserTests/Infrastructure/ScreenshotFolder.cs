namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>Where screenshots land: the test output folder, next to the test assembly, so a run keeps its pictures.</summary>
public static class ScreenshotFolder
{
    public static string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
}
