using System.Globalization;
using System.Net;
using System.Text;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Wall;

/// <summary>
/// One question's themes as HTML: per building block a bar chart (label, bar, count) with up to two quotes per theme,
/// then "Overig" and off-topic apart; a poll as one bar per option. The wall and the HTML report both draw their
/// charts with this, so the shared screen and the file organisers keep show the same picture. Every text that came
/// from a participant or the programme is HTML-encoded; nothing is read as Markdown, so "[x](url)" stays text.
/// Bar widths are inline styles: both pages allow inline styles and nothing else inline.
/// </summary>
public static class ThemeChartHtml
{
    /// <param name="blockHeadingLevel">The heading level of the building blocks' titles; null for none (the page names the block already).</param>
    /// <param name="maxQuoteLength">Longer quotes are cut at a word with "…"; 0 keeps them whole.</param>
    public static void AppendQuestion(StringBuilder html, QuestionSummary question, WallPhrases say, int? blockHeadingLevel, int maxQuoteLength)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(say);
        html.Append("<div class=\"theme-chart-set\" data-item=\"").Append(E(question.ItemId)).AppendLine("\">");
        var scale = Math.Max(1, question.Groups.SelectMany(g => g.Themes).Select(t => t.Count).DefaultIfEmpty(0).Max());
        foreach (var group in question.Groups)
        {
            html.Append("<section class=\"theme-block\" data-block=\"").Append(E(group.BuildingBlock.Id)).AppendLine("\">");
            if (blockHeadingLevel is { } level)
            {
                html.Append("<h").Append(level).Append(" class=\"theme-block-title\">").Append(E(group.BuildingBlock.Title))
                    .Append("</h").Append(level).AppendLine(">");
            }

            html.AppendLine("<figure class=\"chart theme-chart\">");
            html.Append("<figcaption>").Append(E(say.ChartCaption)).AppendLine("</figcaption>");
            html.AppendLine("<ul class=\"theme-list\">");
            foreach (var theme in group.Themes)
            {
                html.Append("<li class=\"theme\" data-theme=\"").Append(E(theme.Id)).AppendLine("\">");
                AppendBar(html, theme.Label, theme.Count, scale);
                foreach (var quote in theme.Quotes.Take(2))
                    html.Append("<blockquote>").Append(E(Shorten(quote, maxQuoteLength)).ReplaceLineEndings("<br>")).AppendLine("</blockquote>");
                // The chat's sentence, so card, wall and report say the same about an answer's second idea.
                if (theme.SecondaryAnswerIds.Count > 0)
                    html.Append("<p class=\"also\">").Append(E(Sessions.Phrases.For(say.Lang).AlsoIn(theme.SecondaryAnswerIds.Count))).AppendLine("</p>");
                html.AppendLine("</li>");
            }

            html.AppendLine("</ul>").AppendLine("</figure>").AppendLine("</section>");
        }

        if (question.OtherCount > 0 || question.OffTopicCount > 0)
        {
            html.AppendLine("<p class=\"rest\">");
            html.Append("<span class=\"rest-other\">").Append(E(say.Other)).Append(": ").Append(E(say.Answers(question.OtherCount))).AppendLine("</span>");
            html.Append("<span class=\"rest-offtopic\">").Append(E(say.OffTopic)).Append(": ").Append(E(say.Answers(question.OffTopicCount))).AppendLine("</span>");
            html.AppendLine("</p>");
        }

        html.AppendLine("</div>");
    }

    public static void AppendPoll(StringBuilder html, PollSummary poll, WallPhrases say)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(say);
        html.Append("<figure class=\"chart poll-chart\" data-item=\"").Append(E(poll.ItemId)).AppendLine("\">");
        html.Append("<figcaption>").Append(E(say.PollCaption)).AppendLine("</figcaption>");
        html.AppendLine("<ul class=\"theme-list\">");
        // Scaled to the respondents, so a bar shows the share of participants that chose the option.
        foreach (var option in poll.Options)
        {
            html.AppendLine("<li class=\"option\">");
            AppendBar(html, $"{option.OptionId}. {option.Label}", option.Count, Math.Max(poll.Respondents, 1));
            html.AppendLine("</li>");
        }

        html.AppendLine("</ul>");
        if (poll.UnrecognisedCount > 0)
            html.Append("<p class=\"rest\">").Append(E(say.Unrecognised)).Append(": ").Append(E(say.Answers(poll.UnrecognisedCount))).AppendLine("</p>");
        html.AppendLine("</figure>");
    }

    private static void AppendBar(StringBuilder html, string label, int count, int scale)
    {
        var percent = count * 100.0 / scale;
        var number = count.ToString(CultureInfo.InvariantCulture);
        html.Append("<div class=\"bar-row\" data-count=\"").Append(number).AppendLine("\">");
        html.Append("<span class=\"bar-label\">").Append(E(label)).AppendLine("</span>");
        html.Append("<span class=\"bar-track\" aria-hidden=\"true\"><span class=\"bar\" style=\"width:")
            .Append(percent.ToString("0.#", CultureInfo.InvariantCulture)).AppendLine("%\"></span></span>");
        html.Append("<span class=\"bar-count\">").Append(number).AppendLine("</span>");
        html.AppendLine("</div>");
    }

    /// <summary>Cuts at the last space before the limit, so a shared screen shows short quotes.</summary>
    public static string Shorten(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (maxLength <= 0 || text.Length <= maxLength)
            return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd() + "…";
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
