using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// A question card whose shown answer count is out of date: where it was posted and what it should now show. The
/// edge renders and sends it; Core decided that it is due.
/// </summary>
public sealed record CardRefresh(
    string ConversationReference,
    string ActivityId,
    Session Session,
    WebinarProgramme Programme,
    ProgrammeItem Item,
    int AnswerCount,
    bool Open)
{
    public int Position => Programme.PositionOf(Item);

    public int Total => Programme.Items.Count;

    /// <summary>Item cards speak the programme's language: a refresh has no command to take it from.</summary>
    public Phrases Say => Phrases.For(Programme.Language);
}
