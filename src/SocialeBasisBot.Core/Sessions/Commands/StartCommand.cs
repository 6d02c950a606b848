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

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct) =>
        Task.FromResult(turn.Steps.Start(turn.Conversation, turn.Who, turn.Command.Argument, turn.Session, turn.Say));
}
