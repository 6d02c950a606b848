using SocialeBasisBot.Themes.Cli;
using SocialeBasisBot.Themes.Tests.Support;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Tests.Engine;

[Collection(EngineTests.Name)]
public sealed class OfflineThemeEngineTests(EngineFixture fixture)
{
    [Fact]
    public async Task Same_input_gives_the_same_themes_even_from_a_fresh_engine()
    {
        var request = new ThemeRequest { Answers = SharedData.Question("q2") };
        var first = await fixture.Engine.FindThemesAsync(request);
        using var fresh = fixture.Create();
        var second = await fresh.FindThemesAsync(request);
        Assert.Equal(ThemeResultWriter.ToJson(first), ThemeResultWriter.ToJson(second));
    }

    [Fact]
    public async Task Answers_prepared_as_they_arrive_give_the_same_themes_as_a_cold_close()
    {
        var answers = SharedData.Question("q3");
        var request = new ThemeRequest { Answers = answers };
        using var cold = fixture.Create();
        var coldResult = await cold.FindThemesAsync(request);
        using var warm = fixture.Create();
        // As the bot does: a background queue prepares answers in batches while the question is still open.
        await Task.WhenAll(answers.Chunk(16).Select(batch => warm.PrepareAsync(batch.Select(a => a.Text))));
        var warmResult = await warm.FindThemesAsync(request);
        Assert.Equal(ThemeResultWriter.ToJson(coldResult), ThemeResultWriter.ToJson(warmResult));
    }

    [Fact]
    public async Task Every_answer_ends_up_in_exactly_one_theme_or_overig_or_off_topic()
    {
        var answers = SharedData.Question("q1");
        var result = await fixture.Engine.FindThemesAsync(new ThemeRequest { Answers = answers });
        var placed = result.Themes.SelectMany(t => t.AnswerIds).Concat(result.Unassigned).Concat(result.OffTopic).ToList();
        Assert.Equal(answers.Select(a => a.Id).Order(), placed.Order());
        Assert.InRange(result.Themes.Count, 2, 12);
        Assert.Equal("emergent", result.Settings.Mode);
        Assert.Equal(result.Themes.Count, result.Settings.ThemeCount);
    }

    [Fact]
    public async Task Labels_and_keywords_are_real_words_of_the_theme_answers_and_quotes_come_from_the_theme()
    {
        var answers = SharedData.Question("q1");
        var byId = answers.ToDictionary(a => a.Id);
        var result = await fixture.Engine.FindThemesAsync(new ThemeRequest { Answers = answers });
        foreach (var theme in result.Themes)
        {
            var words = theme.AnswerIds.SelectMany(id => ChatText.Words(ChatText.Normalise(byId[id].Text))).ToHashSet();
            var labelWords = ChatText.Words(theme.Label.ToLowerInvariant()).Where(w => w != "en").ToList();
            Assert.NotEmpty(labelWords);
            Assert.All(labelWords, w => Assert.Contains(w, words));
            Assert.All(theme.Keywords, k => Assert.Contains(k, words));
            Assert.DoesNotMatch(@"^(cluster|thema)\s*\d", theme.Label.ToLowerInvariant());
            Assert.InRange(theme.RepresentativeIds.Count, Math.Min(2, theme.AnswerIds.Count), 3);
            Assert.All(theme.RepresentativeIds, id => Assert.Contains(id, theme.AnswerIds));
        }
    }

    [Fact]
    public async Task Greetings_sound_and_slide_requests_are_set_apart_not_themed()
    {
        List<ThemeAnswer> noise =
        [
            new("x-1", "Goedemorgen allemaal!"), new("x-2", "Ik hoor niks, ligt dat aan mij?"),
            new("x-3", "Kunnen de slides gedeeld worden?"), new("x-4", "Hoe laat is de pauze?"),
        ];
        var result = await fixture.Engine.FindThemesAsync(new ThemeRequest { Answers = [.. SharedData.Question("q2"), .. noise] });
        Assert.Equal(noise.Select(n => n.Id), result.OffTopic);
        Assert.DoesNotContain(result.Themes.SelectMany(t => t.AnswerIds), id => id.StartsWith("x-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Guided_mode_puts_answers_in_the_expected_theme_they_fit_and_names_its_building_block()
    {
        // Expected themes written for this test; answers are the dev answers gold-labelled tijd / geld / draagvlak.
        ExpectedTheme[] expected =
        [
            new() { Id = "tijd", Label = "Tijd en capaciteit", Description = "Uren, formatie en ruimte in het werk om ermee aan de slag te gaan.",
                    Examples = ["meer uren", "tijd om het op te pakken", "capaciteit in het team"], BuildingBlocks = ["inzet"] },
            new() { Id = "geld", Label = "Geld en financiering", Description = "Budget, subsidie en structurele financiering.",
                    Examples = ["budget", "structureel geld", "financiering van de gemeente"], BuildingBlocks = ["inzet"] },
            new() { Id = "draagvlak", Label = "Draagvlak bij bestuur en gemeente", Description = "Steun van directie, management, wethouder en politiek.",
                    Examples = ["steun van de directie", "de wethouder moet erachter staan"], BuildingBlocks = ["vragen"] },
        ];
        var gold = SharedData.DevAnswers()
            .Where(a => a.Label is "q3.tijd" or "q3.geld" or "q3.draagvlak")
            .ToDictionary(a => a.Answer.Id, a => a.Label[3..]);
        var answers = SharedData.DevAnswers().Where(a => gold.ContainsKey(a.Answer.Id)).Select(a => a.Answer).ToList();
        var result = await fixture.Engine.FindThemesAsync(new ThemeRequest
        {
            Answers = answers,
            ExpectedThemes = expected,
            BuildingBlocks = [new("inzet", "Steun en ruimte voor vrijwillige inzet", ""), new("vragen", "Mensen vragen & uitnodigen", "")],
        });
        Assert.Equal("guided", result.Settings.Mode);
        var correct = result.Themes.Where(t => t.Expected).Sum(t => t.AnswerIds.Count(id => gold[id] == t.Id));
        Assert.True(correct >= 0.7 * answers.Count, $"{correct} of {answers.Count} in the right expected theme");
        var draagvlak = result.Themes.Single(t => t.Id == "draagvlak");
        Assert.Equal("Draagvlak bij bestuur en gemeente", draagvlak.Label);
        Assert.Equal(["vragen"], draagvlak.BuildingBlocks);
    }

    [Fact]
    public async Task Emergent_themes_get_building_blocks_from_the_question()
    {
        var result = await fixture.Engine.FindThemesAsync(new ThemeRequest
        {
            Answers = SharedData.Question("q3"),
            BuildingBlocks = [new("inzet", "Steun en ruimte voor vrijwillige inzet", "Vrijwilligers krijgen ondersteuning, ruimte en waardering.")],
        });
        Assert.All(result.Themes, t => Assert.Equal(["inzet"], t.BuildingBlocks));
    }

    [Fact]
    public async Task Without_the_dictionary_the_engine_falls_back_to_text_features_and_says_so()
    {
        using var engine = fixture.Create(o => o.DictionaryPath = Path.Combine(Path.GetTempPath(), "no-such-freedict"));
        var result = await engine.FindThemesAsync(new ThemeRequest { Answers = SharedData.Question("q2") });
        Assert.Equal("tfidf", result.Settings.Embeddings);
        Assert.Contains(result.Settings.Notes, n => n.Contains("Woordenboek ontbreekt", StringComparison.Ordinal));
        Assert.NotEmpty(result.Themes);
    }

    [Fact]
    public async Task With_the_dictionary_installed_embeddings_use_the_gloss()
    {
        Assert.True(File.Exists(Gloss.FreeDictLexicon.DefaultBasePath + ".index"),
            "Install the Debian package dict-freedict-nld-eng (apt-get install -y dict-freedict-nld-eng).");
        var result = await fixture.Engine.FindThemesAsync(new ThemeRequest { Answers = SharedData.Question("q3") });
        Assert.Equal("minilm (gloss) + tfidf", result.Settings.Embeddings);
        Assert.Empty(result.Settings.Notes);
    }

    [Fact]
    public async Task A_handful_of_answers_or_none_does_not_break()
    {
        var none = await fixture.Engine.FindThemesAsync(new ThemeRequest { Answers = [] });
        Assert.Empty(none.Themes);
        var one = await fixture.Engine.FindThemesAsync(new ThemeRequest { Answers = [new("a", "tijd")] });
        Assert.Equal(["a"], one.Unassigned);
    }
}
