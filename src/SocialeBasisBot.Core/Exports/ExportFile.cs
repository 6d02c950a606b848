namespace SocialeBasisBot.Exports;

/// <summary>A rendered export, ready to be served or sent.</summary>
public sealed record ExportFile(ExportFileSpec Spec, byte[] Content)
{
    public string FileName => Spec.FileName;
    public string ContentType => Spec.ContentType;
}
