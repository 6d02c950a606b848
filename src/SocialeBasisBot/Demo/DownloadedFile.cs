namespace SocialeBasisBot.Demo;

/// <summary>An export file the demo fetched through its link.</summary>
public sealed record DownloadedFile(string Name, string Path, long Bytes, string Link);
