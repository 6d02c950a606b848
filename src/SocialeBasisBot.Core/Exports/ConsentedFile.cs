namespace SocialeBasisBot.Exports;

/// <summary>The file to upload after someone accepted a file consent card, or why there is none.</summary>
public sealed record ConsentedFile(ExportFile? File, string? Refusal);
