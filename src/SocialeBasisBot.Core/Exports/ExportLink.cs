namespace SocialeBasisBot.Exports;

/// <summary>A signed download link and the moment it stops working.</summary>
public sealed record ExportLink(string Url, DateTimeOffset ExpiresAt);
