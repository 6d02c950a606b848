namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`status`: where the session is and how many answers came in.</summary>
public sealed class StatusCommand : SessionCommand
{
    public override string Word => "status";

    public override string DutchHelp => "`status` waar staan we";

    public override string EnglishHelp => "`status` where are we";

    public override string ManifestDescription => "Waar staat de sessie nu";

    public override async Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct) =>
        [await turn.Steps.StatusAsync(turn.RequiredSession, turn.RequiredProgramme, turn.Say, ct)];
}
