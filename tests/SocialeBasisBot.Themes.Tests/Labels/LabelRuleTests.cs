using SocialeBasisBot.Testing;
using SocialeBasisBot.Themes.Gloss;
using SocialeBasisBot.Themes.Labels;
using SocialeBasisBot.Themes.Labels.WordClasses;
using SocialeBasisBot.Themes.Tests.Support;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Tests.Labels;

/// <summary>
/// Labels people say (issue 10 point 5): noun phrases from the answers. Needs hunspell-nl, wordnet-base and
/// dict-freedict-nld-eng, which scripts/run-tests installs (scripts/install-prerequisites).
/// </summary>
[Collection(EngineTests.Name)]
public sealed class LabelRuleTests(EngineFixture fixture)
{
    private static readonly Lazy<LabelRule> Rule = new(() =>
    {
        var hunspell = HunspellDutchLexicon.TryLoad(HunspellDutchLexicon.DefaultBasePath, out var p1) ?? throw new InvalidOperationException(p1 + "; run scripts/install-prerequisites");
        var wordNet = WordNetIndex.TryLoad(WordNetIndex.DefaultFolder, out var p2) ?? throw new InvalidOperationException(p2 + "; run scripts/install-prerequisites");
        var freeDict = FreeDictLexicon.TryLoad(FreeDictLexicon.DefaultBasePath, out var p3) ?? throw new InvalidOperationException(p3 + "; run scripts/install-prerequisites");
        return new LabelRule(new DutchWordClasses(hunspell, wordNet, freeDict));
    });

    [Theory]
    [InlineData("Aanpakt")]
    [InlineData("Helpen en lezen")]
    [InlineData("Wonen en zwaar")]
    [InlineData("Abstract")]
    [InlineData("Aansluit")]
    [InlineData("Structureel en budget")]
    [InlineData("Overleg en spreken")]
    public void Verb_forms_adjectives_and_odd_pairs_are_refused(string label) =>
        Assert.NotNull(Rule.Value.Problem(label));

    [Theory]
    [InlineData("Regeldruk en VOG")]
    [InlineData("Jonge vrijwilligers vinden")]
    [InlineData("Hulpvraag en matching")]
    [InlineData("Tekort aan vrijwilligers")]
    [InlineData("Sociale basis")]
    [InlineData("Tijd")]
    [InlineData("Subsidieaanvraag en fonds")]
    [InlineData("Mantelzorg")]
    public void Noun_phrases_are_accepted(string label) =>
        Assert.Null(Rule.Value.Problem(label));

    [Theory]
    [InlineData("tijd", DutchWordClass.Noun)]
    [InlineData("vrijwilligers", DutchWordClass.Noun)]
    [InlineData("aanpakt", DutchWordClass.Verb)]
    [InlineData("zwaar", DutchWordClass.Adjective)]
    [InlineData("regeldruk", DutchWordClass.Noun)]
    public void Hunspell_flags_give_the_word_class_and_ij_is_read_as_the_one_letter(string word, DutchWordClass expected)
    {
        var hunspell = HunspellDutchLexicon.TryLoad(HunspellDutchLexicon.DefaultBasePath, out var problem);
        Assert.True(hunspell is not null, problem);
        Assert.True(hunspell.Classify(word).HasFlag(expected), $"{word}: {hunspell.Classify(word)}");
    }

    [Fact]
    public void A_word_hunspell_does_not_know_is_classed_by_its_FreeDict_gloss_in_WordNet()
    {
        var wordNet = WordNetIndex.TryLoad(WordNetIndex.DefaultFolder, out var p1);
        var freeDict = FreeDictLexicon.TryLoad(FreeDictLexicon.DefaultBasePath, out var p2);
        Assert.True(wordNet is not null, p1);
        Assert.True(freeDict is not null, p2);
        var glossOnly = new DutchWordClasses(null, wordNet, freeDict);
        Assert.True(freeDict.TryTranslate("fonds", out var english));
        Assert.Equal(wordNet.Classify(english), glossOnly.Classify("fonds"));
        Assert.Equal(DutchWordClass.Noun, wordNet.Classify("fund"));
        Assert.Equal(DutchWordClass.Verb, wordNet.Classify("speak"));
    }

    [Fact]
    public void Without_any_resource_the_rule_lets_every_label_through()
    {
        var none = new LabelRule(new DutchWordClasses(null, null, null));
        Assert.False(none.IsActive);
        Assert.Null(none.Problem("Aanpakt"));
    }

    [Fact]
    public async Task Every_label_the_engine_makes_on_the_dev_answers_and_SIB_200_is_a_noun_phrase_from_the_answers()
    {
        var sets = new List<(string Name, IReadOnlyList<ThemeAnswer> Answers)>();
        foreach (var question in new[] { "q1", "q2", "q3" })
            sets.Add(($"dev {question}", SharedData.Question(question)));
        sets.Add(("dev all", SharedData.DevAnswers().Select(a => a.Answer).ToList()));
        // The SIB-200 dev split (204 sentences, 7 topics): news and encyclopedia text, another vocabulary.
        var sib = File.ReadLines(Path.Combine(RepositoryPaths.TestData, "sib200-nld", "dev.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(p => p.Length >= 3).Select(p => new ThemeAnswer("sib-" + p[0], p[2])).ToList();
        sets.Add(("SIB-200 dev", sib));
        var labels = 0;
        foreach (var (name, answers) in sets)
        {
            var result = await fixture.Engine.FindThemesAsync(new ThemeRequest { Answers = answers });
            var text = answers.ToDictionary(a => a.Id, a => ChatText.Words(ChatText.Normalise(a.Text)).ToHashSet(StringComparer.Ordinal));
            foreach (var theme in result.Themes)
            {
                labels++;
                Assert.True(Rule.Value.Problem(theme.Label) is null, $"{name}: {Rule.Value.Problem(theme.Label)}");
                // Every word of the label was written in an answer of the theme.
                foreach (var word in theme.Label.ToLowerInvariant().Split(' ').Where(w => w != "en"))
                    Assert.True(theme.AnswerIds.Any(id => text[id].Contains(word)), $"{name}: '{word}' of '{theme.Label}' is in none of its answers");
            }
        }
        Assert.True(labels >= 20, $"only {labels} labels");
    }
}
