namespace SocialeBasisBot.Exports;

/// <summary>One file on the export card and its signed link; its label comes from the format.</summary>
public sealed record ExportDownload(ExportFileSpec Spec, string Url);
