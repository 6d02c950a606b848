namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`samenvatting`: the overview per building block.</summary>
public sealed class SummaryCommand : SessionCommand
{
    public override string Word => "samenvatting";

    public override IReadOnlyList<string> EnglishWords => ["summary"];

    public override string DutchHelp => "`samenvatting` overzicht per bouwsteen";

    public override string EnglishHelp => "`summary` overview per building block";

    public override string ManifestDescription => "Overzicht van de antwoorden per bouwsteen";

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BotReply>>([new SessionSummaryReply(turn.RequiredSession, turn.RequiredProgramme)]);
}
