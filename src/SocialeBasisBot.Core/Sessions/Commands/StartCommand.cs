namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`start [programma]`: starts a session of a programme and posts its first item.</summary>
public sealed class StartCommand : SessionCommand
{
    public override string Word => "start";

    public override IReadOnlyList<string> DutchAliases => ["begin"];

    public override string DutchHelp => "`start [programma]` start een sessie";

    public override string EnglishHelp => "`start [programme]` start a session";

    public override string ManifestDescription => "Start een sessie: start [programma]";

    public override bool TakesArgument => true;

    public override CommandNeeds Needs => CommandNeeds.Nothing;

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct)
    {
        var replies = turn.Steps.Start(turn.Conversation, turn.Who, turn.Command.Argument, turn.Session, turn.Say);
        // The organisation's privacy line, right after "started", when the session did start (its first item follows).
        var started = replies.OfType<SessionChanged>().Any(c => c.Started) && replies.Any(r => r is ItemReply);
        if (turn.Privacy?.Notice() is not { } notice || !started)
        {
            return Task.FromResult(replies);
        }

        var at = replies.Select((r, i) => (r, i)).First(p => p.r is TextReply).i + 1;
        return Task.FromResult<IReadOnlyList<BotReply>>([.. replies.Take(at), notice, .. replies.Skip(at)]);
    }
}
