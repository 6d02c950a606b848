namespace SocialeBasisBot.Sessions.Commands;

/// <summary>`mijn gegevens`: in a 1:1 chat, what the bot keeps about the sender, with a download of their answers.</summary>
public sealed class MyDataCommand : SessionCommand
{
    public override string Word => "mijn gegevens";

    public override IReadOnlyList<string> EnglishWords => ["my data"];

    public override string DutchHelp => "`mijn gegevens` wat ik van jou bewaar, met een download van je antwoorden (1-op-1-chat)";

    public override string EnglishHelp => "`my data` what I keep about you, with a download of your answers (1:1 chat)";

    public override string ManifestDescription => "Wat de bot van jou bewaart, met download";

    public override CommandNeeds Needs => CommandNeeds.Nothing;

    public override async Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct)
    {
        if (!turn.Conversation.IsPersonal)
        {
            return [new TextReply(Privacy.PrivacyPhrases.For(turn.Say).OnlyInPersonalChat)];
        }

        return [await turn.RequiredPrivacy.MyDataAsync(turn.Who, turn.Say, ct, turn.Conversation.TenantId)];
    }
}
