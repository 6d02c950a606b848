namespace SocialeBasisBot.Exports;

/// <summary>What a download link is worth. The host answers Tampered with 403 and Expired with 410.</summary>
public enum ExportLinkStatus
{
    Valid,
    /// <summary>Signature missing, malformed or not matching session, file and expiry.</summary>
    Tampered,
    /// <summary>Genuine, but past its expiry.</summary>
    Expired,
}
