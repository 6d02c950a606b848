namespace SocialeBasisBot.Sessions.Commands;

/// <summary>A command typed to the bot, e.g. "start sociale-basis" or "export met namen".</summary>
/// <param name="Word">The word as typed, lower case; English words make the reply English.</param>
public sealed record FacilitatorCommand(SessionCommand Definition, string Argument, string Word)
{
    public bool IsEnglish => Definition.EnglishWords.Contains(Word, StringComparer.OrdinalIgnoreCase);
}
