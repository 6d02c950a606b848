using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

public sealed partial class SessionService
{
    private static readonly string[] WithNames = ["met namen", "with names", "namen", "names"];

    private static IReadOnlyList<BotReply> Report(Session session, WebinarProgramme programme, FacilitatorCommand command, Phrases say)
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

        return [new ExportReply(session, programme, IncludeNames: argument.Length > 0)];
    }
}
