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

        await WaitUntilPreparedAsync(engine, texts);
        Assert.All(texts, t => Assert.True(engine.IsPrepared(t), $"not prepared: {t}"));
    }

    [Fact]
    public async Task A_programme_that_starts_with_a_question_prepares_it_at_start()
    {
        var folder = Directory.CreateTempSubdirectory("sbb-question-first-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "vraag-eerst.yaml"), QuestionFirst);
            await RestartAsync(extra: new Dictionary<string, string?> { ["Programmes:Folder"] = folder.FullName, ["Programmes:Default"] = "vraag-eerst" });
            var engine = Host.Services.GetRequiredService<IThemeEngine>();
            string[] texts = ["Ontmoeting. Plekken om elkaar te zien", "een buurthuis dat open is"];
            Assert.DoesNotContain(texts, engine.IsPrepared);

            await SendAsync(NewGroupChat().Mention(facilitator, "start"));

            await WaitUntilPreparedAsync(engine, texts);
            Assert.All(texts, t => Assert.True(engine.IsPrepared(t), $"not prepared: {t}"));
        }
        finally
        {
            await RestartAsync();
            folder.Delete(recursive: true);
        }
    }

    private const string QuestionFirst = """
        id: vraag-eerst
        title: "Vraag eerst"
        language: nl
        items:
          - id: vraag
            kind: openQuestion
            title: "Wat zie jij in jouw buurt?"
            text: "Welk initiatief verdient meer aandacht?"
            expectedThemes:
              - id: ontmoeting
                label: "Ontmoeting"
                description: "Plekken om elkaar te zien"
                examples: ["een buurthuis dat open is"]
        """;

    private static async Task WaitUntilPreparedAsync(IThemeEngine engine, IReadOnlyList<string> texts)
    {
        var waited = Stopwatch.StartNew();
        while (!texts.All(engine.IsPrepared) && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        }
    }
}
