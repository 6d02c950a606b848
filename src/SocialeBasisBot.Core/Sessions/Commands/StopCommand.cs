namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`stop`: closes the open question, summarises and ends the session.</summary>
public sealed class StopCommand : SessionCommand
{
    public override string Word => "stop";

    public override IReadOnlyList<string> DutchAliases => ["einde"];

    public override IReadOnlyList<string> EnglishWords => ["end"];

    public override string DutchHelp => "`stop` beëindig de sessie";

    public override string EnglishHelp => "`stop` end the session";

    public override string ManifestDescription => "Beëindig de sessie";

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct) =>
        turn.Steps.StopAsync(turn.RequiredSession, turn.RequiredProgramme, turn.Say, ct);
}
