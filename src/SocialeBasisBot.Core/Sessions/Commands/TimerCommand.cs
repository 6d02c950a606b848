namespace SocialeBasisBot.Sessions.Commands;

/// <summary>
/// `timer 3` / `vraag 3`: the open question closes by itself after 3 minutes, with a reminder 30 s before; given while
/// no question is open, it is for the next question, whose card then says when it closes.
/// </summary>
public sealed class TimerCommand : SessionCommand
{
    public override string Word => "timer";

    public override IReadOnlyList<string> DutchAliases => ["vraag"];

    public override string DutchHelp => "`timer 3` de open vraag sluit over 3 minuten vanzelf (ook: `vraag 3`)";

    public override string EnglishHelp => "`timer 3` the open question closes by itself in 3 minutes";

    public override string ManifestDescription => "Sluit de open vraag na een aantal minuten: timer 3";

    public override bool TakesArgument => true;

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct)
    {
        var session = turn.RequiredSession;
        if (session.OpenItemId is null && QuestionTimer.ParseMinutes(turn.Command.Argument) is { } next)
        {
            session.NextQuestionMinutes = (int)next.TotalMinutes;
            return Task.FromResult<IReadOnlyList<BotReply>>([new SessionChanged(session), new TextReply(turn.Say.NextQuestionTimer(session.NextQuestionMinutes.Value))]);
        }

        return TimedAsync(turn, (timer, open, item, length) => timer.Start(open, item, length, turn.Say));
    }

    /// <summary>Shared with `verleng`: needs an open question and a number of minutes.</summary>
    internal static Task<IReadOnlyList<BotReply>> TimedAsync(
        CommandTurn turn, Func<QuestionTimer, Session, Programme.ProgrammeItem, TimeSpan, BotReply> set)
    {
        var session = turn.RequiredSession;
        if (session.OpenItemId is null || turn.RequiredProgramme.FindItem(session.OpenItemId) is not { } item)
        {
            return Task.FromResult<IReadOnlyList<BotReply>>([new TextReply(turn.Say.NoOpenQuestion)]);
        }

        if (QuestionTimer.ParseMinutes(turn.Command.Argument) is not { } length)
        {
            return Task.FromResult<IReadOnlyList<BotReply>>([new TextReply(turn.Say.TimerMinutes(turn.Command.Word))]);
        }

        return Task.FromResult<IReadOnlyList<BotReply>>([new SessionChanged(session), set(turn.RequiredTimer, session, item, length)]);
    }
}
