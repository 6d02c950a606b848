namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`volgende`: closes an open question and posts the next item.</summary>
public sealed class NextCommand : SessionCommand
{
    public override string Word => "volgende";

    public override IReadOnlyList<string> DutchAliases => ["verder"];

    public override IReadOnlyList<string> EnglishWords => ["next"];

    public override string DutchHelp => "`volgende` het volgende onderdeel";

    public override string EnglishHelp => "`next` post the next item";

    public override string ManifestDescription => "Zet het volgende onderdeel in de chat";

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct) =>
        turn.Steps.NextAsync(turn.RequiredSession, turn.RequiredProgramme, turn.Say, ct);
}
