namespace SocialeBasisBot.Privacy;

/// <summary>
/// Something that keeps a session's data in memory (summaries with quotes, the wall's themes). A deleted session must
/// not live on there until a restart, so every deletion tells each of these to forget it; they are registered in
/// <see cref="PrivacyServiceCollectionExtensions.AddPrivacy"/>.
/// </summary>
public interface ISessionCache
{
    /// <summary>Drops everything kept about the session; a theming still running for it stores nothing afterwards.</summary>
    void Forget(string sessionId);

    /// <summary>Whether anything of the session is kept, so a deletion can be checked.</summary>
    bool Holds(string sessionId);
}
