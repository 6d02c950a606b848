namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`export` / `export met namen`: signed download links for the answers and the summary.</summary>
public sealed class ExportCommand : SessionCommand
{
    private static readonly string[] WithNames = ["met namen", "with names", "namen", "names"];

    public override string Word => "export";

    public override IReadOnlyList<string> DutchAliases => ["exporteer"];

    public override string DutchHelp => "`export` antwoorden en samenvatting downloaden (`export met namen` neemt namen op)";

    public override string EnglishHelp => "`export` download answers and summary (`export with names` includes names)";

    public override string ManifestDescription => "Antwoorden en samenvatting downloaden";

    public override bool TakesArgument => true;

    /// <summary>After `stop` the chat's last session is exported; in a 1:1 chat an organiser exports the last session
    /// they led elsewhere (e.g. with names, which a group chat does not get).</summary>
    public override CommandNeeds Needs => CommandNeeds.SessionOrLastFinished;

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct) =>
        Task.FromResult(Run(turn));

    private static IReadOnlyList<BotReply> Run(CommandTurn turn)
    {
        var argument = turn.Command.Argument.Trim().ToLowerInvariant();
        if (argument.Length > 0 && !WithNames.Contains(argument))
        {
            return [new TextReply(turn.Say.ExportArgument(argument))];
        }

        var withNames = argument.Length > 0;
        if (withNames && !turn.Conversation.IsPersonal)
        {
            // Everyone in a group chat or channel could open the links: names go only to a 1:1 chat with the bot.
            return [new TextReply(turn.Say.NamesOnlyInPersonalChat)];
        }

        return [new ExportReply(turn.RequiredSession, turn.RequiredProgramme, withNames)];
    }
}
