namespace SocialeBasisBot.Exports;

/// <summary>What the export card shows: the files with their links and when the links stop working (local time).</summary>
public sealed record ExportDownloadSet(string SessionId, IReadOnlyList<ExportDownload> Files, bool IncludeNames, DateTimeOffset Expires);
