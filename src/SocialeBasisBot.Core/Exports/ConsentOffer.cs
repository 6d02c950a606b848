namespace SocialeBasisBot.Exports;

/// <summary>A file offered through Teams file consent, with the description the consent card shows.</summary>
public sealed record ConsentOffer(ExportFile File, string Description);
