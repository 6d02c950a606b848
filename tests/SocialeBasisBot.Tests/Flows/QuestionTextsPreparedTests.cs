using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Tests.Infrastructure;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Tests.Flows;

/// <summary>
/// When a question opens, the texts the engine embeds for it besides the answers (expected themes' prototypes, building
/// blocks) are prepared in the background, so its first wall theming and its summary do not embed them.
/// </summary>
public sealed class QuestionTextsPreparedTests : LiveBotTest
{
    private readonly TeamsUser facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");

    [Fact]
    public async Task Opening_a_question_prepares_its_prototypes_and_building_block_texts()
    {
        var programme = Host.Services.GetRequiredService<ProgrammeCatalog>().Find("sociale-basis")!;
        var question = programme.Items.Single(i => i.Id == "q1");
        var texts = QuestionTexts.All(QuestionThemeContext.ExpectedThemes(question), QuestionThemeContext.BuildingBlocks(programme, question)).ToList();
        var engine = Host.Services.GetRequiredService<IThemeEngine>();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, engine.IsPrepared);

        var chat = NewGroupChat();
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");

        var waited = Stopwatch.StartNew();
        while (!texts.All(engine.IsPrepared) && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }

        Assert.All(texts, t => Assert.True(engine.IsPrepared(t), $"not prepared: {t}"));
    }
}
