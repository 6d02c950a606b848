using SocialeBasisBot.Summaries;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Core.Tests.Wall;

/// <summary>What the wall's HTML says and what it never lets through: participant markup, Markdown links, names.</summary>
public sealed class WallHtmlTests
{
    private const string Malicious = "<script>alert(1)</script> [klik](http://evil.example) **vet** \" onmouseover=\"x";

    private static readonly BuildingBlockRef Block = new() { Id = "vrijwillige-inzet", Title = "Steun & ruimte" };

    [Fact]
    public void Participant_text_is_encoded_and_markdown_stays_text()
    {
        var html = WallHtml.Render(Open(Question(Malicious)));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>vet", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; [klik](http://evil.example) **vet** &quot; onmouseover=&quot;x", html, StringComparison.Ordinal);
        Assert.Contains("Steun &amp; ruimte", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_question_is_provisional_with_counts_rest_and_off_topic_apart()
    {
        var html = WallHtml.Render(Open(Question("Meer regeldruk")));

        Assert.Contains("data-phase=\"open\"", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">voorlopig</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"answer-count\">9</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rest-other\">Overig: 2 antwoorden</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rest-offtopic\">Buiten het onderwerp: 1 antwoord</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-count=\"6\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_question_is_final_and_English_when_asked()
    {
        var html = WallHtml.Render(Open(Question("More red tape")) with { Phase = WallPhase.Closed, Provisional = false, Language = "en" });

        Assert.DoesNotContain("badge", html, StringComparison.Ordinal);
        Assert.Contains("Themes after the question was closed.", html, StringComparison.Ordinal);
        Assert.Contains("Other: 2 answers", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timed_open_question_shows_its_close_time_for_the_countdown()
    {
        var closesAt = new DateTimeOffset(2026, 3, 12, 20, 42, 0, TimeSpan.FromHours(1));

        var dutch = WallHtml.Render(Open(Question("Meer regeldruk")) with { ClosesAt = closesAt });
        var english = WallHtml.Render(Open(Question("More red tape")) with { ClosesAt = closesAt, Language = "en" });
        var closed = WallHtml.Render(Open(Question("Meer regeldruk")) with { ClosesAt = closesAt, Phase = WallPhase.Closed });

        Assert.Contains("<time datetime=\"2026-03-12T20:42:00+01:00\">Sluit om 20:42</time>", dutch, StringComparison.Ordinal);
        Assert.Contains("data-closes=\"2026-03-12T20:42:00+01:00\" data-template=\"nog {0}\" hidden", dutch, StringComparison.Ordinal);
        Assert.Contains("Closes at 20:42", english, StringComparison.Ordinal);
        Assert.Contains("data-template=\"{0} left\"", english, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"closes\"", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"closes\"", WallHtml.Render(Open(Question("Meer regeldruk"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_quotes_are_shortened_at_a_word()
    {
        var quote = string.Join(' ', Enumerable.Repeat("woord", 60));

        var shortened = ThemeChartHtml.Shorten(quote, WallHtml.MaxQuoteLength);

        Assert.True(shortened.Length <= WallHtml.MaxQuoteLength);
        Assert.EndsWith("woord…", shortened, StringComparison.Ordinal);
    }

    private static WallView Open(QuestionSummary summary) => new()
    {
        SessionId = "s1",
        ProgrammeTitle = "De sociale basis",
        Language = "nl",
        Phase = WallPhase.Open,
        Position = 6,
        Total = 18,
        QuestionText = "Wat merken jullie?",
        BuildingBlocks = [Block],
        AnswerCount = 9,
        Summary = summary,
        Provisional = true,
    };

    private static QuestionSummary Question(string quote) => new()
    {
        ItemId = "q1",
        QuestionText = "Wat merken jullie?",
        BuildingBlocks = [Block],
        AnswerCount = 9,
        Groups = [new BuildingBlockThemes
        {
            BuildingBlock = Block,
            Themes = [new ThemeSummary { Id = "t1", Label = "Regeldruk", Count = 6, Quotes = [quote, "Tweede citaat"] }],
        }],
        OtherCount = 2,
        OffTopicCount = 1,
    };
}
