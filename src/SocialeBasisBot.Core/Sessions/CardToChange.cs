using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>An open question card to show one person again, filled with the card answer they sent before.</summary>
/// <param name="Text">Their typed answer (empty for a poll).</param>
/// <param name="Choices">Their poll choices as the card sends them ("A,C"); empty for an open question.</param>
public sealed record CardToChange(Session Session, WebinarProgramme Programme, ProgrammeItem Item, string Text, string Choices)
{
    public Phrases Say => Phrases.For(Programme.Language);
}
