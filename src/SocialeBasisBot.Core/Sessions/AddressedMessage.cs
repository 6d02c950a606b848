namespace SocialeBasisBot.Sessions;

/// <summary>What the bot does with a message addressed to it that is no command, decided here so the edge only asks.</summary>
public static class AddressedMessage
{
    /// <summary>
    /// "@SocialeBasisBot hallo, wat kan je?" with no question open is someone asking what the bot does: they get help,
    /// not "het commando `hallo,` ken ik niet". With a question open the same message is an answer.
    /// </summary>
    public static bool WantsHelp(AnswerResult answer, bool addressed) =>
        addressed && answer.Outcome == AnswerOutcome.NoOpenQuestion;
}
