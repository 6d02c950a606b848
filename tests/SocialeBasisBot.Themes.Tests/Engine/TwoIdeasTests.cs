using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Engine;

/// <summary>Issue 10 point 6: an answer with two ideas counts in a second theme, never in more than two.</summary>
[Collection(EngineTests.Name)]
public sealed class TwoIdeasTests(EngineFixture fixture)
{
    private static readonly ExpectedTheme[] Expected =
    [
        new() { Id = "tijd", Label = "Tijd en capaciteit", Description = "Uren, formatie en ruimte in het werk.", Examples = ["meer uren", "tijd om het op te pakken"] },
        new() { Id = "geld", Label = "Geld en vergoeding", Description = "Budget, subsidie, vrijwilligersvergoeding en structurele financiering.", Examples = ["budget", "een vergoeding voor vrijwilligers"] },
        new() { Id = "voorbeelden", Label = "Praktijkvoorbeelden", Description = "Voorbeelden en tools uit de praktijk.", Examples = ["goede voorbeelden", "een handige checklist"] },
    ];

    private static readonly ThemeAnswer[] Answers =
    [
        new("a1", "meer tijd en een vrijwilligersvergoeding"),
        new("a2", "Tijd, ik heb maar 16 uur per week"),
        new("a3", "uren om het op te pakken"),
        new("a4", "structureel budget van de gemeente"),
        new("a5", "geld voor een onkostenvergoeding"),
        new("a6", "goede voorbeelden van andere gemeenten"),
        new("a7", "een checklist of een praktijkvoorbeeld"),
        new("a8", "Capaciteit in het team, nu doe ik het ernaast"),
    ];

    [Fact]
    public async Task Meer_tijd_en_een_vrijwilligersvergoeding_counts_in_the_time_theme_and_in_the_money_theme()
    {
        var result = await fixture.Engine.FindThemesAsync(new ThemeRequest { Answers = Answers, ExpectedThemes = Expected });

        var own = result.Themes.Single(t => t.AnswerIds.Contains("a1"));
        var second = result.Themes.Single(t => t.SecondaryAnswerIds.Contains("a1"));
        Assert.Equal(["geld", "tijd"], new[] { own.Id, second.Id }.Order(StringComparer.Ordinal));
        // Single-idea answers get no second theme; no answer is a second member of its own theme.
        Assert.Equal(["a1"], result.Themes.SelectMany(t => t.SecondaryAnswerIds));
        Assert.All(result.Themes, t => Assert.Empty(t.AnswerIds.Intersect(t.SecondaryAnswerIds)));
    }

    [Fact]
    public async Task Second_themes_leave_the_grouping_as_it_was()
    {
        // The grouping (AnswerIds) is what V-measure and ARI score; a second theme only adds to SecondaryAnswerIds.
        var result = await fixture.Engine.FindThemesAsync(new ThemeRequest { Answers = SharedData.Question("q3") });
        var ids = result.Themes.SelectMany(t => t.AnswerIds).Concat(result.Unassigned).Concat(result.OffTopic).Concat(result.Support.Select(s => s.AnswerId)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(SharedData.Question("q3").Count, ids.Count);
        var seconds = result.Themes.SelectMany(t => t.SecondaryAnswerIds).ToList();
        Assert.Equal(seconds.Count, seconds.Distinct().Count());
    }
}
