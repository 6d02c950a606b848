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

    public override async Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct)
    {
        var replies = await turn.Steps.StartAsync(turn.Conversation, turn.Who, turn.Command.Argument, turn.Session, turn.Say, ct);
        // The organisation's privacy line, right after "started", when the session did start (its first item follows).
        return turn.Privacy?.Notice() is { } notice && replies.Any(r => r is ItemReply) ? [replies[0], notice, .. replies.Skip(1)] : replies;
    }
}
