using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`muur` / `wall`: a signed link to the session's live theme wall, for the shared screen or a meeting tab.</summary>
public sealed class WallCommand : SessionCommand
{
    public override string Word => "muur";

    public override IReadOnlyList<string> DutchAliases => ["themamuur"];

    public override IReadOnlyList<string> EnglishWords => ["wall"];

    public override string DutchHelp => "`muur` link naar de themamuur van deze sessie (voor het gedeelde scherm of een tabblad in de vergadering)";

    public override string EnglishHelp => "`wall` link to this session's theme wall (for the shared screen or a meeting tab)";

    public override string ManifestDescription => "Link naar de live themamuur van de sessie";

    /// <summary>In a 1:1 chat the organiser gets the link of the last session they led, without posting it to the room; after `stop` a chat gets its last session's overview.</summary>
    public override CommandNeeds Needs => CommandNeeds.SessionOrLastFinished;

    public override Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BotReply>>([new WallReply(turn.RequiredSession, turn.RequiredProgramme, turn.Say)]);
}
