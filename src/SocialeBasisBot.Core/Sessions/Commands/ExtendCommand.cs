namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`verleng 2`: the open question's timer runs 2 minutes longer (or starts, when it had none).</summary>
public sealed class ExtendCommand : SessionCommand
{
    public override string Word => "verleng";

    public override IReadOnlyList<string> EnglishWords => ["extend"];

    public override string DutchHelp => "`verleng 2` de open vraag sluit 2 minuten later";

    public override string EnglishHelp => "`extend 2` the open question closes 2 minutes later";

    public override string ManifestDescription => "Geef de open vraag meer tijd: verleng 2";

    public override bool TakesArgument => true;

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct) =>
        TimerCommand.TimedAsync(turn, (timer, session, item, extra) => timer.Extend(session, item, extra, turn.Say));
}
