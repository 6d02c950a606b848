using Microsoft.Bot.Builder.Adapters;

namespace SocialeBasisBot.Tests.Flows;

public static class TestFlowExtensions
{
    /// <summary>
    /// Checks that the bot sent nothing while it handled the last activity. TestAdapter runs a whole turn before the
    /// flow moves on, so whatever the bot says in that turn is already queued: no waiting in real time is needed.
    /// </summary>
    public static TestFlow AssertNoReplyDuringTheTurn(this TestFlow flow, TestAdapter adapter) => new(async () =>
    {
        await flow.StartTestAsync();
        var reply = adapter.GetNextReply();
        Assert.True(reply is null, $"the bot replied: {reply?.AsMessageActivity()?.Text}");
    }, flow);
}
