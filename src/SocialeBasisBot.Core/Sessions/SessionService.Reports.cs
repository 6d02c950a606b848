using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

public sealed partial class SessionService
{
    private static readonly string[] WithNames = ["met namen", "with names", "namen", "names"];

    private static IReadOnlyList<BotReply> Report(
        ConversationInfo conversation, Session session, WebinarProgramme programme, FacilitatorCommand command, Phrases say)
    {
        if (command.Kind == CommandKind.Summary)
        {
            return [new SessionSummaryReply(session, programme)];
        }

        var argument = command.Argument.Trim().ToLowerInvariant();
        if (argument.Length > 0 && !WithNames.Contains(argument))
        {
            return [new TextReply(say.ExportArgument(argument))];
        }

        var withNames = argument.Length > 0;
        if (withNames && !conversation.IsPersonal)
        {
            // Everyone in a group chat or channel could open the links: names go only to a 1:1 chat with the bot.
            return [new TextReply(say.NamesOnlyInPersonalChat)];
        }

        return [new ExportReply(session, programme, withNames)];
    }
}
