using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Engine;
using SocialeBasisBot.Themes.OffTopic;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.OffTopic;

/// <summary>
/// The setting Themes:OffTopic (Rules by default, or RulesAndLearned) chooses the detector the engine's filter stage
/// runs, and <see cref="OffTopicComparison"/> (the benchmark's <c>--off-topic --score FILE</c>) scores both on a file.
/// </summary>
public sealed class OffTopicDetectionTests
{
    // Chat noise the rules let through and the learned detector catches (probability about 0.9 for each).
    private const string Snack = "Wie heeft er nog zin in koffie?";
    private const string HowLong = "Hoelang duurt het nog?";

    private static readonly ThemeAnswer[] Answers =
    [
        new("a1", "Meer geld voor vrijwilligers"),
        new("a2", Snack),
        new("a3", "Goedemorgen allemaal!"),
        new("a4", "+1"),
        new("a5", HowLong),
        new("a6", "tijd en geld"),
    ];

    [Fact]
    public void The_rules_alone_let_through_what_only_the_learned_detector_catches()
    {
        var filtered = OffTopicFilter.Apply(Answers, OffTopicDetection.Rules);
        Assert.Equal(["a3"], filtered.OffTopic);
        Assert.Equal(["a1", "a2", "a5", "a6"], filtered.Answers.Select(a => a.Id));
        Assert.Equal("a4", Assert.Single(filtered.Support).AnswerId);
    }

    [Fact]
    public void Rules_and_learned_sets_apart_what_either_flags_and_keeps_answers_and_support()
    {
        var filtered = OffTopicFilter.Apply(Answers, OffTopicDetection.RulesAndLearned);
        Assert.Equal(["a2", "a3", "a5"], filtered.OffTopic);
        Assert.Equal(["a1", "a6"], filtered.Answers.Select(a => a.Id));
        // "+1" still supports the answer before it, now the first one kept.
        Assert.Equal(new ThemeSupport("a4", "a1"), Assert.Single(filtered.Support));
    }

    [Theory]
    [InlineData(OffTopicDetection.Rules, new[] { "a3" })]
    [InlineData(OffTopicDetection.RulesAndLearned, new[] { "a2", "a3", "a5" })]
    public async Task The_engine_runs_the_detector_its_options_name(OffTopicDetection detection, string[] offTopic)
    {
        using var engine = new OfflineThemeEngine(
            Options.Create(new ThemesOptions { Embeddings = EmbeddingSource.None, OffTopic = detection }),
            NullLogger<OfflineThemeEngine>.Instance);
        await engine.WarmUpAsync();
        var result = await engine.FindThemesAsync(new ThemeRequest { Answers = Answers });
        Assert.Equal(offTopic, result.OffTopic.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("RulesAndLearned", OffTopicDetection.RulesAndLearned)]
    [InlineData("rules", OffTopicDetection.Rules)]
    public async Task The_setting_is_bound_by_name(string value, OffTopicDetection expected)
    {
        await using var services = ThemesServices.Build(new() { ["Themes:Embeddings"] = "None", ["Themes:OffTopic"] = value });
        Assert.Equal(expected, services.GetRequiredService<IOptions<ThemesOptions>>().Value.OffTopic);
    }

    [Fact]
    public async Task Without_the_setting_the_rules_and_the_learned_detector_run()
    {
        await using var services = ThemesServices.Build(new() { ["Themes:Embeddings"] = "None" });
        Assert.Equal(OffTopicDetection.RulesAndLearned, services.GetRequiredService<IOptions<ThemesOptions>>().Value.OffTopic);
    }

    [Theory]
    [InlineData("Learned")]
    [InlineData("1")]
    public async Task An_unknown_detector_fails_validation_naming_the_choices(string value)
    {
        await using var services = ThemesServices.Build(new() { ["Themes:Embeddings"] = "None", ["Themes:OffTopic"] = value });
        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ThemesOptions>>().Value);
        Assert.Contains("Themes:OffTopic must be Rules or RulesAndLearned.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_detectors_are_scored_on_a_small_labelled_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"off-topic-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path,
        [
            """{"id": "n1", "text": "Goedemorgen allemaal!", "label": "off-topic"}""",
            """{"id": "n2", "text": "Hoelang duurt het nog?", "label": "off-topic"}""",
            """{"id": "n3", "text": "Even de deur open doen, pakketje", "label": "off-topic"}""",
            """{"id": "a1", "text": "tijd en geld", "label": "middelen"}""",
            """{"id": "a2", "text": "Meer geld voor vrijwilligers", "label": "middelen"}""",
        ]);
        try
        {
            var comparison = OffTopicComparison.Score(path);
            // The rules catch the greeting; the learned detector also the question about the time; neither the doorbell.
            Assert.Equal(new OffTopicComparison(5, new(1, 3, 1), new(2, 3, 2)), comparison);
            Assert.Equal(string.Join(Environment.NewLine,
                "Rules            precision 1.000 (1/1), recall 0.333 (1/3); 5 lines",
                "RulesAndLearned  precision 1.000 (2/2), recall 0.667 (2/3); 5 lines"), comparison.ToText());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_an_input_error_not_a_crash() =>
        Assert.Throws<SocialeBasisBot.Themes.Cli.ThemesInputException>(() => OffTopicComparison.Score(Path.Combine(Path.GetTempPath(), "no-such-labelled-file.jsonl")));
}
