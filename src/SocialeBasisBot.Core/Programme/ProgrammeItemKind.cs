namespace SocialeBasisBot.Programme;

/// <summary>The stored name of an item's kind; what each kind does is in <see cref="Kinds.ItemKinds"/>.</summary>
public enum ProgrammeItemKind
{
    /// <summary>A slide to show: text, bullets, quotes, links.</summary>
    Information,
    /// <summary>An open question answered in the chat or in the card.</summary>
    OpenQuestion,
    /// <summary>A poll or checklist with fixed options (one or several may be chosen).</summary>
    Poll,
}
