namespace SocialeBasisBot.Sessions.Commands;

/// <summary>A command typed to the bot, e.g. "start sociale-basis" or "export met namen".</summary>
/// <param name="Word">The word as typed, lower case; English words make the reply English.</param>
public sealed record FacilitatorCommand(SessionCommand Definition, string Argument, string Word)
{
    /// <summary>
    /// Nothing but the command word ("sluit"): never an answer, whoever typed it, because no one answers a question
    /// with one word that happens to be a command, while "Verder zie ik…" is clearly an answer.
    /// </summary>
    public bool IsBare => Argument.Length == 0;

    public bool IsEnglish => Definition.EnglishWords.Contains(Word, StringComparer.OrdinalIgnoreCase);

    /// <summary>The reply's language: English when the command was typed in English, Dutch otherwise.</summary>
    public Phrases Say => IsEnglish ? Phrases.English : Phrases.Dutch;
}
