using System.Globalization;
using System.Net;
using System.Text;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Exports;

/// <summary>
/// The session summary as one self-contained HTML page (Dutch): inline CSS, bar charts drawn with CSS per question by
/// the theme wall's <see cref="ThemeChartHtml"/> (the same picture as on the shared screen), no scripts
/// and no external resources, so it opens offline and can be mailed as is. All participant text is HTML-encoded.
/// </summary>
public static class HtmlSummaryWriter
{
    /// <summary>Everything the page needs: its own inline styles. Also sent as a header when it is downloaded.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    public static string Write(SessionSummary summary, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(timeZone);
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            """).AppendLine();
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).AppendLine("\">");
        html.Append("<title>Samenvatting – ").Append(E(summary.ProgrammeTitle)).AppendLine("</title>");
        html.Append("<style>").Append(Css).AppendLine("</style>");
        html.AppendLine("</head>").AppendLine("<body>").AppendLine("<main>");

        html.AppendLine("<header>");
        html.AppendLine("<p class=\"kicker\">Samenvatting van de sessie</p>");
        html.Append("<h1>").Append(E(summary.ProgrammeTitle)).AppendLine("</h1>");
        html.Append("<p class=\"meta\">").Append(E(ExportText.Date(summary.StartedAt, timeZone))).Append(" · ")
            .Append(E(ExportText.AnswersAndParticipants(summary.AnswerCount, summary.ParticipantCount))).AppendLine("</p>");
        if (summary.BuildingBlocks.Count > 1)
        {
            html.AppendLine("<nav><ol>");
            foreach (var block in summary.BuildingBlocks)
                html.Append("<li><a href=\"#").Append(Anchor(block)).Append("\">").Append(E(block.BuildingBlock.Title)).AppendLine("</a></li>");
            html.AppendLine("</ol></nav>");
        }

        html.AppendLine("</header>");

        foreach (var block in summary.BuildingBlocks)
            AppendBlock(html, block);

        html.AppendLine("<footer>");
        html.Append("<p>Gemaakt op ").Append(E(ExportText.Date(summary.GeneratedAt, timeZone)))
            .AppendLine(". Citaten zijn letterlijk overgenomen uit de chat; wie ze schreef staat er niet bij.</p>");
        foreach (var line in summary.Questions.Select(q => q.Settings).OfType<Themes.ThemeSettings>().Select(ExportText.Settings).Distinct())
            html.Append("<p>Thema's: ").Append(E(line)).AppendLine(".</p>");
        html.AppendLine("</footer>");
        html.AppendLine("</main>").AppendLine("</body>").AppendLine("</html>");
        return html.ToString();
    }

    private static void AppendBlock(StringBuilder html, BuildingBlockSummary block)
    {
        html.Append("<section class=\"block\" id=\"").Append(Anchor(block)).Append("\" data-block=\"")
            .Append(E(block.BuildingBlock.Id)).AppendLine("\">");
        html.Append("<h2>").Append(E(block.BuildingBlock.Title)).AppendLine("</h2>");

        if (block.IsEmpty)
            html.AppendLine("<p class=\"empty\">Geen vragen of peilingen bij deze bouwsteen.</p>");

        foreach (var question in block.Questions)
            AppendQuestion(html, block.BuildingBlock, question);
        foreach (var poll in block.Polls)
            AppendPoll(html, poll);
        html.AppendLine("</section>");
    }

    private static void AppendQuestion(StringBuilder html, BuildingBlockRef block, BuildingBlockQuestion entry)
    {
        var q = entry.Question;
        html.Append("<article class=\"question\" data-item=\"").Append(E(q.ItemId)).AppendLine("\">");
        html.Append("<h3>").Append(E(q.QuestionText)).AppendLine("</h3>");
        html.Append("<p class=\"meta\">").Append(E(ExportText.AnswersAndParticipants(q.AnswerCount, q.ParticipantCount))).AppendLine("</p>");
        if (q.TooFewAnswers)
        {
            html.Append("<p class=\"empty\">Te weinig antwoorden om thema's te maken (minder dan ")
                .Append(QuestionSummarizer.MinimumAnswers).AppendLine(").</p>");
        }
        else
        {
            if (entry.Themes.Count == 0)
                html.AppendLine("<p class=\"empty\">Geen thema's bij deze bouwsteen.</p>");
            // The wall's rendering, per question: this block's themes of this question, then "Overig" and off-topic.
            var onlyThisBlock = q with
            {
                Groups = entry.Themes.Count == 0 ? [] : [new BuildingBlockThemes { BuildingBlock = block, Themes = entry.Themes }],
            };
            ThemeChartHtml.AppendQuestion(html, onlyThisBlock, WallPhrases.Dutch, null, 0);
        }

        html.AppendLine("</article>");
    }

    private static void AppendPoll(StringBuilder html, PollSummary poll)
    {
        html.Append("<article class=\"poll\" data-item=\"").Append(E(poll.ItemId)).AppendLine("\">");
        html.Append("<h3><span class=\"tag\">Peiling</span> ").Append(E(poll.QuestionText)).AppendLine("</h3>");
        html.Append("<p class=\"meta\">").Append(E(ExportText.PollRespondents(poll))).AppendLine("</p>");
        ThemeChartHtml.AppendPoll(html, poll, WallPhrases.Dutch);
        html.AppendLine("</article>");
    }

    private static string Anchor(BuildingBlockSummary block) =>
        "bouwsteen-" + new string(block.BuildingBlock.Id.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        :root { --ink: #1f2933; --muted: #5f6b7a; --accent: #0f766e; --accent-soft: #ccebe7; --line: #e3e8ee; --bg: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.5 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif, "Segoe UI Emoji", "Apple Color Emoji", "Noto Color Emoji"; }
        main { max-width: 880px; margin: 0 auto; padding: 32px 24px 48px; }
        header { margin-bottom: 24px; }
        .kicker { margin: 0; color: var(--accent); font-weight: 600; text-transform: uppercase; letter-spacing: .06em; font-size: 13px; }
        h1 { margin: 4px 0 4px; font-size: 30px; line-height: 1.2; }
        h2 { margin: 0 0 16px; font-size: 22px; color: var(--accent); }
        h3 { margin: 0 0 2px; font-size: 18px; }
        .meta { margin: 0 0 12px; color: var(--muted); font-size: 14px; }
        nav ol { margin: 12px 0 0; padding-left: 20px; color: var(--muted); }
        nav a { color: var(--accent); }
        section.block { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 24px; margin: 0 0 24px; }
        article { border-top: 1px solid var(--line); padding-top: 16px; margin-top: 16px; }
        .chart { margin: 0 0 8px; }
        .chart figcaption { font-size: 13px; color: var(--muted); margin-bottom: 6px; }
        .bar-row { display: grid; grid-template-columns: minmax(120px, 38%) 1fr 3em; gap: 10px; align-items: center; margin: 4px 0; }
        .bar-label { font-size: 14px; overflow-wrap: break-word; hyphens: auto; }
        .bar-track { background: var(--bg); border-radius: 4px; height: 18px; overflow: hidden; }
        .bar { display: block; height: 100%; background: var(--accent); border-radius: 4px; min-width: 2px; }
        .bar-count { font-variant-numeric: tabular-nums; font-weight: 600; text-align: right; }
        .poll-chart .bar { background: #b45309; }
        ul.theme-list { list-style: none; margin: 8px 0 0; padding: 0; }
        li.theme, li.option { margin: 0 0 12px; }
        .bar-label { font-weight: 600; }
        blockquote { margin: 4px 0 4px 0; padding: 6px 12px; border-left: 3px solid var(--accent-soft); background: var(--bg); border-radius: 0 6px 6px 0; font-style: italic; overflow-wrap: anywhere; }
        .tag { display: inline-block; font-size: 12px; font-weight: 600; color: #fff; background: #b45309; border-radius: 4px; padding: 1px 6px; vertical-align: middle; margin-right: 4px; }
        .rest, .empty, .also { color: var(--muted); font-size: 14px; margin: 8px 0 0; }
        .rest span + span::before { content: " · "; }
        footer { color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 12px; }
        footer p { margin: 4px 0; }
        @media (max-width: 560px) {
          main { padding: 20px 12px 32px; }
          section.block { padding: 16px; }
          .bar-row { grid-template-columns: 1fr 2.5em; gap: 2px 8px; margin: 8px 0; }
          .bar-label { grid-column: 1 / -1; }
        }
        @media print { body { background: #fff; } section.block { break-inside: avoid-page; border: none; padding: 0; } }
        """;
}
