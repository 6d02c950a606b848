namespace SocialeBasisBot.Sessions.Commands;

/// <summary>A command typed to the bot, e.g. "start sociale-basis" or "export met namen".</summary>
/// <param name="Word">The word as typed, lower case; English words make the reply English.</param>
public sealed record FacilitatorCommand(SessionCommand Definition, string Argument, string Word)
{
    public bool IsEnglish => Definition.EnglishWords.Contains(Word, StringComparer.OrdinalIgnoreCase);

    /// <summary>The reply's language: English when the command was typed in English, Dutch otherwise.</summary>
    public Phrases Say => IsEnglish ? Phrases.English : Phrases.Dutch;
}
