namespace SocialeBasisBot.Themes.Cli;

/// <summary>One CSV record: its fields and the line of the file it starts on (a quoted field may span lines).</summary>
public sealed record CsvRecord(long Line, IReadOnlyList<string> Fields);
