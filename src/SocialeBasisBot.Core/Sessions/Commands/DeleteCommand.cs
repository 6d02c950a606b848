using SocialeBasisBot.Privacy;

namespace SocialeBasisBot.Sessions.Commands;

/// <summary>
/// `verwijder mijn antwoorden` (1:1 chat): a participant deletes all their answers. `verwijder sessie`: whoever may
/// drive a session deletes it with its answers. Both ask first with a card; its buttons send `… ja` or `… nee`.
/// </summary>
public sealed class DeleteCommand : SessionCommand
{
    private static readonly string[] MyAnswers = ["mijn antwoorden", "my answers"];
    private static readonly string[] TheSession = ["sessie", "session"];
    private static readonly string[] Yes = ["ja", "yes"];
    private static readonly string[] No = ["nee", "no"];

    public override string Word => "verwijder";

    public override IReadOnlyList<string> DutchAliases => ["wis"];

    public override IReadOnlyList<string> EnglishWords => ["delete"];

    public override string DutchHelp => "`verwijder mijn antwoorden` wist al je antwoorden (1-op-1-chat); `verwijder sessie` wist de sessie";

    public override string EnglishHelp => "`delete my answers` deletes all your answers (1:1 chat); `delete session` deletes the session";

    public override string ManifestDescription => "Wis je antwoorden of een sessie: verwijder mijn antwoorden | sessie";

    public override bool TakesArgument => true;

    public override CommandNeeds Needs => CommandNeeds.Nothing;

    public override async Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct)
    {
        var words = PrivacyPhrases.For(turn.Say);
        var argument = string.Join(' ', turn.Command.Argument.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var what = MyAnswers.Concat(TheSession).FirstOrDefault(w => argument == w || argument.StartsWith(w + " ", StringComparison.Ordinal));
        if (what is null)
        {
            return [new TextReply(words.DeleteWhat)];
        }

        var answer = argument[what.Length..].Trim();
        if (No.Contains(answer))
        {
            return [new TextReply(words.Cancelled)];
        }

        var confirmed = Yes.Contains(answer);
        var english = turn.Command.IsEnglish;
        var typed = $"{(english ? "delete" : Word)} {what}";
        var (confirm, cancel) = ($"{typed} {(english ? "yes" : "ja")}", $"{typed} {(english ? "no" : "nee")}");
        if (MyAnswers.Contains(what))
        {
            return turn.Conversation.IsPersonal
                ? [await turn.RequiredPrivacy.DeleteMyAnswersAsync(turn.Who, confirmed, turn.Say, confirm, cancel, ct)]
                : [new TextReply(words.OnlyInPersonalChat)];
        }

        return [await turn.RequiredPrivacy.DeleteSessionAsync(turn.Conversation, turn.Who, confirmed, turn.Say, confirm, cancel, ct)];
    }
}
