namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`sluit`: closes the open question and reports its answers.</summary>
public sealed class CloseCommand : SessionCommand
{
    public override string Word => "sluit";

    public override IReadOnlyList<string> DutchAliases => ["sluiten"];

    public override IReadOnlyList<string> EnglishWords => ["close"];

    public override string DutchHelp => "`sluit` sluit de open vraag";

    public override string EnglishHelp => "`close` close the open question";

    public override string ManifestDescription => "Sluit de open vraag en toon het aantal antwoorden";

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct) =>
        turn.Steps.CloseAsync(turn.RequiredSession, turn.RequiredProgramme, turn.Say, ct);
}
