namespace SocialeBasisBot.Programme;

public enum ProgrammeItemKind
{
    /// <summary>A slide to show: text, bullets, quotes, links.</summary>
    Information,
    /// <summary>An open question answered in the chat or in the card.</summary>
    OpenQuestion,
    /// <summary>A poll or checklist with fixed options (one or several may be chosen).</summary>
    Poll,
}
