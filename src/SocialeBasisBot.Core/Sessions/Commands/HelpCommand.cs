namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`help`: the commands and the programmes; works anywhere, for anyone.</summary>
public sealed class HelpCommand : SessionCommand
{
    public override string Word => "help";

    public override IReadOnlyList<string> DutchAliases => ["hulp", "?"];

    public override string DutchHelp => "`help` deze tekst";

    public override string EnglishHelp => "`help` this text";

    public override string ManifestDescription => "Uitleg en de lijst met commando's";

    public override CommandNeeds Needs => CommandNeeds.Nothing;

    /// <summary>"Help" from a participant while a question is open is still help, never an answer.</summary>
    public override bool AlwaysACommand => true;

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct)
    {
        var policy = turn.Steps.Policy;
        var facilitator = turn.Session is null ? policy.MayStart(turn.Who) : policy.MayDrive(turn.Session, turn.Who);
        return Task.FromResult<IReadOnlyList<BotReply>>([new TextReply(turn.Say.Help(facilitator, turn.Steps.Programmes.Ids, turn.Conversation.Kind))]);
    }
}
