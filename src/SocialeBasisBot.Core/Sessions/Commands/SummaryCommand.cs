namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`samenvatting`: the overview per building block.</summary>
public sealed class SummaryCommand : SessionCommand
{
    public override string Word => "samenvatting";

    public override IReadOnlyList<string> EnglishWords => ["summary"];

    public override string DutchHelp => "`samenvatting [vraag]` overzicht per bouwsteen, of de samenvatting van één vraag opnieuw";

    public override string EnglishHelp => "`summary [question]` overview per building block, or one question's summary again";

    public override bool TakesArgument => true;

    public override string ManifestDescription => "Overzicht van de antwoorden per bouwsteen";

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct) =>
        Task.FromResult(SessionSteps.Summarize(turn.RequiredSession, turn.RequiredProgramme, turn.Command.Argument, turn.Say));
}
