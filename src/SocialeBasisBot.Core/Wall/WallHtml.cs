using System.Globalization;
using System.Text;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Wall;

/// <summary>
/// The wall's content as an HTML fragment: the page embeds it at first load and the event stream sends it again
/// whenever it changes, so the browser only swaps it in and renders nothing itself. No participant names exist in a
/// <see cref="WallView"/>; every text is HTML-encoded.
/// </summary>
public static class WallHtml
{
    /// <summary>A shared screen shows short quotes; the full text is in the export.</summary>
    public const int MaxQuoteLength = 140;

    public static string Render(WallView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var say = WallPhrases.For(view.Language);
        var html = new StringBuilder();
        html.Append("<div class=\"wall-view\" data-phase=\"").Append(view.Phase.ToString().ToLowerInvariant())
            .Append("\" data-answers=\"").Append(view.AnswerCount.ToString(CultureInfo.InvariantCulture)).AppendLine("\">");
        switch (view.Phase)
        {
            case WallPhase.Waiting:
                AppendKicker(html, view, say);
                html.Append("<h1 class=\"question\">").Append(E(view.ProgrammeTitle)).AppendLine("</h1>");
                html.Append("<p class=\"note\">").Append(E(say.Waiting)).AppendLine("</p>");
                break;
            case WallPhase.Information:
                AppendKicker(html, view, say);
                html.Append("<h1 class=\"question\">").Append(E(view.ItemTitle)).AppendLine("</h1>");
                AppendBlocks(html, view.BuildingBlocks);
                break;
            case WallPhase.Open:
            case WallPhase.Closed:
                AppendItem(html, view, say);
                break;
            case WallPhase.Ended:
                AppendOverview(html, view, say);
                break;
        }

        html.AppendLine("</div>");
        return html.ToString();
    }

    private static void AppendKicker(StringBuilder html, WallView view, WallPhrases say)
    {
        html.Append("<p class=\"kicker\">").Append(E(view.ProgrammeTitle));
        if (view.Position > 0)
            html.Append(" · ").Append(E(say.Item)).Append(' ').Append(view.Position).Append(' ').Append(E(say.Of)).Append(' ').Append(view.Total);
        html.AppendLine("</p>");
    }

    private static void AppendBlocks(StringBuilder html, IReadOnlyList<BuildingBlockRef> blocks)
    {
        var shown = blocks.Where(b => !b.IsGeneral).ToList();
        if (shown.Count == 0)
            return;
        html.AppendLine("<ul class=\"blocks\">");
        foreach (var block in shown)
            html.Append("<li>").Append(E(block.Title)).AppendLine("</li>");
        html.AppendLine("</ul>");
    }

    private static void AppendItem(StringBuilder html, WallView view, WallPhrases say)
    {
        html.AppendLine("<header class=\"wall-head\">");
        AppendKicker(html, view, say);
        html.Append("<h1 class=\"question\">");
        if (view.Summary is PollSummary)
            html.Append("<span class=\"tag\">").Append(E(say.Poll)).Append("</span> ");
        html.Append(E(view.QuestionText)).AppendLine("</h1>");
        AppendBlocks(html, view.BuildingBlocks);
        html.Append("<p class=\"count\"><span class=\"answer-count\">").Append(view.AnswerCount.ToString(CultureInfo.InvariantCulture))
            .Append("</span> ").Append(E(view.AnswerCount == 1 ? say.AnswersOne : say.AnswersMany));
        if (view.Phase == WallPhase.Open)
            html.Append(" · <span class=\"how\">").Append(E(say.AnswerHow)).Append("</span>");
        html.AppendLine("</p>");
        if (view.Phase == WallPhase.Open && view.ClosesAt is { } closesAt)
            AppendClosesAt(html, closesAt, say);
        html.AppendLine("</header>");

        html.Append("<section class=\"wall-themes").Append(view.Provisional ? " provisional" : " final").AppendLine("\">");
        if (view.Provisional)
        {
            html.Append("<p class=\"status\"><span class=\"badge\">").Append(E(say.Provisional)).Append("</span> ").Append(E(say.ProvisionalNote));
            if (view.ThemedAnswers is { } themed)
                html.Append(' ').Append(E(string.Format(CultureInfo.InvariantCulture, say.ThemedOf, themed, view.AnswerCount)));
            html.AppendLine("</p>");
        }
        else
            html.Append("<p class=\"status\">").Append(E(say.Final)).AppendLine("</p>");
        switch (view.Summary)
        {
            case null:
                html.Append("<p class=\"note\">").Append(E(view.AnswerCount < QuestionSummarizer.MinimumAnswers ? say.TooFew : say.NoThemesYet)).AppendLine("</p>");
                break;
            case QuestionSummary { TooFewAnswers: true }:
                html.Append("<p class=\"note\">").Append(E(say.TooFew)).AppendLine("</p>");
                break;
            case QuestionSummary question:
                ThemeChartHtml.AppendQuestion(html, question, say, 2, MaxQuoteLength);
                break;
            case PollSummary poll:
                ThemeChartHtml.AppendPoll(html, poll, say);
                break;
        }

        html.AppendLine("</section>");
    }

    /// <summary>
    /// The close time as the server knows it (stable, so the event stream does not resend the wall every second); wall.js
    /// counts down next to it from data-closes, which works without it too.
    /// </summary>
    private static void AppendClosesAt(StringBuilder html, DateTimeOffset closesAt, WallPhrases say)
    {
        var iso = closesAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        html.Append("<p class=\"closes\">⏱ <time datetime=\"").Append(iso).Append("\">").Append(E(say.ClosesAtLabel)).Append(' ')
            .Append(closesAt.ToString("HH:mm", CultureInfo.InvariantCulture)).Append("</time> <span class=\"time-left\" data-closes=\"")
            .Append(iso).Append("\" data-template=\"").Append(E(say.TimeLeft)).AppendLine("\" hidden></span></p>");
    }

    private static void AppendOverview(StringBuilder html, WallView view, WallPhrases say)
    {
        html.AppendLine("<header class=\"wall-head\">");
        html.Append("<p class=\"kicker\">").Append(E(view.ProgrammeTitle)).AppendLine("</p>");
        html.Append("<h1 class=\"question\">").Append(E(say.Ended)).AppendLine("</h1>");
        if (view.Overview is { } done)
            html.Append("<p class=\"count\">").Append(E(say.Answers(done.AnswerCount))).Append(" · ").Append(E(say.Participants(done.ParticipantCount))).AppendLine("</p>");
        html.AppendLine("</header>");
        if (view.Overview is not { } overview)
        {
            html.Append("<p class=\"note\">").Append(E(say.OverviewPending)).AppendLine("</p>");
            return;
        }

        html.AppendLine("<div class=\"overview\">");
        foreach (var block in overview.BuildingBlocks)
        {
            html.Append("<section class=\"overview-block\" data-block=\"").Append(E(block.BuildingBlock.Id)).AppendLine("\">");
            html.Append("<h2>").Append(E(block.BuildingBlock.Title)).AppendLine("</h2>");
            if (block.IsEmpty)
                html.Append("<p class=\"note\">").Append(E(say.NoQuestions)).AppendLine("</p>");
            foreach (var entry in block.Questions)
            {
                html.Append("<h3 class=\"overview-question\">").Append(E(entry.Question.QuestionText)).AppendLine("</h3>");
                if (entry.Question.TooFewAnswers || entry.Themes.Count == 0)
                {
                    html.Append("<p class=\"note\">").Append(E(entry.Question.TooFewAnswers ? say.TooFew : say.Answers(entry.Question.AnswerCount))).AppendLine("</p>");
                    continue;
                }

                // Only this block's themes; "Overig" and off-topic belong to the question, shown where it is open.
                var onlyThisBlock = entry.Question with
                {
                    Groups = [new BuildingBlockThemes { BuildingBlock = block.BuildingBlock, Themes = entry.Themes }],
                    OtherCount = 0,
                    OffTopicCount = 0,
                };
                ThemeChartHtml.AppendQuestion(html, onlyThisBlock, say, null, MaxQuoteLength);
            }

            foreach (var poll in block.Polls)
            {
                html.Append("<h3 class=\"overview-question\"><span class=\"tag\">").Append(E(say.Poll)).Append("</span> ").Append(E(poll.QuestionText)).AppendLine("</h3>");
                ThemeChartHtml.AppendPoll(html, poll, say);
            }

            html.AppendLine("</section>");
        }

        html.AppendLine("</div>");
    }

    private static string E(string text) => ThemeChartHtml.E(text);
}
