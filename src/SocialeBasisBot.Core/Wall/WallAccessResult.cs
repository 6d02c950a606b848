namespace SocialeBasisBot.Wall;

/// <summary>
/// What the wall button gives: the signed link and until when it works (local time), or no link for someone who may
/// not have it.
/// </summary>
public sealed record WallAccessResult(WallPhrases Say, string ProgrammeTitle, string? Url, DateTimeOffset Until);
