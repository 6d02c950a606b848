using Microsoft.Bot.Builder;

namespace SocialeBasisBot.IntakeBenchmarks.BareBot;

/// <summary>
/// The pipeline the real bot is built on with nothing on top: the turn is read, authenticated (anonymous, as the
/// real bot runs locally) and dispatched, and the message is dropped. In a group chat the real bot does not reply to
/// an answer either, so neither sends anything to Teams.
/// </summary>
public sealed class BareBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
