using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

public sealed partial class SessionService
{
    private async Task<IReadOnlyList<BotReply>> ReportAsync(
        Session session, WebinarProgramme programme, FacilitatorCommand command, Phrases say, CancellationToken ct)
    {
        var answers = (await store.ListAnswersAsync(session.Id, null, ct)).Where(a => !a.IsRetracted).ToList();
        var lines = programme.Items.Where(i => i.IsQuestion)
            .Select(i => $"- {i.Title}: {answers.Count(a => a.ItemId == i.Id)}");
        _ = command;
        return [new TextReply(string.Join('\n', lines))];
    }
}
