using System.Globalization;
using System.Net;
using System.Text;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Organisers;

/// <summary>
/// The sessions page's HTML: the page itself (no data: it signs in first, in Teams with SSO, in a browser with the
/// link's query) and the parts its script asks for with that sign-in. Everything from a chat, a programme or a
/// participant is HTML-encoded; bar widths are inline styles, which the page's policy allows and nothing else inline.
/// </summary>
public static class OrganiserPage
{
    /// <param name="query">The signed link's query (oid, tid, expires, sig), or "" in Teams; the page's calls and its language link carry it.</param>
    public static string Shell(OrganiserPhrases say, string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(say);
        var other = OrganiserPhrases.For(say.OtherLanguageCode);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(say.Lang).AppendLine("\" data-host=\"pending\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>").Append(E(say.Title)).AppendLine(" – SocialeBasisBot</title>");
        html.AppendLine("<link rel=\"stylesheet\" href=\"/organisers/assets/organisers.css\">");
        html.AppendLine("</head>");
        html.Append("<body data-api=\"/organisers/api\" data-lang=\"").Append(say.Lang).Append("\" data-query=\"").Append(E(query)).Append("\" data-not-signed-in=\"")
            .Append(E(say.NotSignedIn)).Append("\" data-not-found=\"").Append(E(say.NotFound)).Append("\" data-failed=\"").Append(E(say.Failed))
            .Append("\" data-loading=\"").Append(E(say.Loading)).AppendLine("\">");
        html.AppendLine("<header class=\"top\">");
        html.Append("<h1>").Append(E(say.Title)).AppendLine("</h1>");
        html.Append("<a class=\"language\" id=\"other-language\" lang=\"").Append(other.Lang).Append("\" hreflang=\"").Append(other.Lang)
            .Append("\" href=\"?").Append(E(query.Length > 0 ? query + "&" : "")).Append("lang=").Append(other.Lang).Append("\">").Append(E(say.OtherLanguage)).AppendLine("</a>");
        html.AppendLine("</header>");
        html.AppendLine("<main>");
        html.Append("<p id=\"status\" role=\"status\" aria-live=\"polite\">").Append(E(say.SigningIn)).AppendLine("</p>");
        html.AppendLine("<section id=\"sessions\" aria-live=\"polite\"></section>");
        html.AppendLine("<section id=\"compare\"></section>");
        html.AppendLine("<section id=\"detail\"></section>");
        html.AppendLine("</main>");
        html.Append("<script src=\"/wall/").Append(Wall.WallTabEndpoints.TeamsLibrary).AppendLine("\"></script>");
        html.AppendLine("<script src=\"/organisers/assets/organisers.js\"></script>");
        html.AppendLine("</body>\n</html>");
        return html.ToString();
    }

    public static string List(IReadOnlyList<OrganiserSessionRow> rows, bool wholeTenant, OrganiserPhrases say, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(say);
        var html = new StringBuilder();
        html.Append("<h2 id=\"sessions-title\">").Append(E(say.Sessions)).Append(" <span class=\"count\">(").Append(E(say.SessionCount(rows.Count))).AppendLine(")</span></h2>");
        html.Append("<p class=\"scope\">").Append(E(wholeTenant ? say.WholeTenant : say.OwnOnly)).AppendLine("</p>");
        if (rows.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(E(say.NoSessions)).AppendLine("</p>");
            return html.ToString();
        }

        html.AppendLine("<div class=\"table-wrap\"><table class=\"sessions\" aria-labelledby=\"sessions-title\">");
        html.Append("<thead><tr><th scope=\"col\">").Append(E(say.Date)).Append("</th><th scope=\"col\">").Append(E(say.Programme))
            .Append("</th><th scope=\"col\">").Append(E(say.Chat)).Append("</th><th scope=\"col\" class=\"number\">").Append(E(say.Answers))
            .Append("</th><th scope=\"col\" class=\"number\">").Append(E(say.Participants)).Append("</th><th scope=\"col\">").Append(E(say.Actions))
            .AppendLine("</th></tr></thead>");
        html.AppendLine("<tbody>");
        foreach (var row in rows)
        {
            var started = TimeZoneInfo.ConvertTime(row.StartedAt, zone);
            html.Append("<tr data-session=\"").Append(E(row.SessionId)).Append("\" data-programme=\"").Append(E(row.ProgrammeId)).AppendLine("\">");
            html.Append("<th scope=\"row\"><time datetime=\"").Append(row.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append("\">")
                .Append(E(started.ToString("d MMM yyyy HH:mm", say.Culture))).Append("</time>");
            if (row.State == Sessions.SessionState.Running)
                html.Append(" <span class=\"running\">(").Append(E(say.Running)).Append(")</span>");
            html.AppendLine("</th>");
            html.Append("<td>").Append(E(row.ProgrammeTitle)).AppendLine("</td>");
            html.Append("<td>").Append(E(row.ChatName is { Length: > 0 } name ? $"{name} ({say.Kind(row.ChatKind)})" : say.Kind(row.ChatKind))).AppendLine("</td>");
            html.Append("<td class=\"number answers\">").Append(row.Answers.ToString(CultureInfo.InvariantCulture)).AppendLine("</td>");
            html.Append("<td class=\"number participants\">").Append(row.Participants.ToString(CultureInfo.InvariantCulture)).AppendLine("</td>");
            html.Append("<td><button type=\"button\" data-action=\"detail\" data-session=\"").Append(E(row.SessionId)).Append("\" aria-label=\"")
                .Append(E($"{say.Show}: {row.ProgrammeTitle}, {started.ToString("d MMM yyyy HH:mm", say.Culture)}")).Append("\">").Append(E(say.Show)).AppendLine("</button></td>");
            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table></div>");
        var comparable = rows.GroupBy(r => r.ProgrammeId).Where(g => g.Count() > 1).ToList();
        if (comparable.Count > 0)
        {
            html.AppendLine("<ul class=\"compare-buttons\">");
            foreach (var group in comparable)
            {
                html.Append("<li><button type=\"button\" data-action=\"compare\" data-programme=\"").Append(E(group.Key)).Append("\">")
                    .Append(E($"{say.Compare}: {group.First().ProgrammeTitle} ({say.SessionCount(group.Count())})")).AppendLine("</button></li>");
            }

            html.AppendLine("</ul>");
        }

        return html.ToString();
    }

    public static string Detail(OrganiserSessionRow row, SessionSummary summary, ExportDownloadSet downloads, OrganiserPhrases say, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(downloads);
        ArgumentNullException.ThrowIfNull(say);
        var started = TimeZoneInfo.ConvertTime(row.StartedAt, zone).ToString("d MMM yyyy HH:mm", say.Culture);
        var title = $"{row.ProgrammeTitle}, {started}";
        var html = new StringBuilder();
        html.Append("<article class=\"session\" data-session=\"").Append(E(row.SessionId)).AppendLine("\">");
        html.Append("<h2 id=\"detail-title\" tabindex=\"-1\">").Append(E(title)).AppendLine("</h2>");
        html.Append("<h3>").Append(E(say.ThemesPerBlock)).AppendLine("</h3>");
        var blocks = summary.BuildingBlocks.Where(b => b.Questions.Any(q => q.Themes.Count > 0)).ToList();
        if (blocks.Count == 0)
            html.Append("<p class=\"empty\">").Append(E(say.NoThemes)).AppendLine("</p>");
        foreach (var block in blocks)
        {
            html.Append("<section class=\"block\" data-block=\"").Append(E(block.BuildingBlock.Id)).AppendLine("\">");
            html.Append("<h4>").Append(E(block.BuildingBlock.Title)).AppendLine("</h4>");
            foreach (var question in block.Questions.Where(q => q.Themes.Count > 0))
            {
                html.Append("<p class=\"question\">").Append(E(question.Question.QuestionText)).AppendLine("</p>");
                html.AppendLine("<ul class=\"themes\">");
                foreach (var theme in question.Themes)
                {
                    html.Append("<li data-theme=\"").Append(E(theme.Id)).Append("\"><span class=\"theme-label\">").Append(E(theme.Label))
                        .Append("</span> <span class=\"theme-count\">").Append(theme.Count.ToString(CultureInfo.InvariantCulture)).AppendLine("</span></li>");
                }

                html.AppendLine("</ul>");
            }

            html.AppendLine("</section>");
        }

        html.Append("<h3>").Append(E(say.Downloads)).AppendLine("</h3>");
        html.AppendLine("<ul class=\"downloads\">");
        foreach (var file in downloads.Files)
        {
            html.Append("<li><a href=\"").Append(E(file.Url)).Append("\" download=\"").Append(E(file.Spec.FileName)).Append("\">")
                .Append(E(file.Spec.Label(say.Lang == "en"))).Append("</a> <span class=\"file\">").Append(E(file.Spec.FileName)).AppendLine("</span></li>");
        }

        html.AppendLine("</ul>");
        html.Append("<p><button type=\"button\" class=\"danger\" data-action=\"delete\" data-session=\"").Append(E(row.SessionId)).Append("\">")
            .Append(E(say.Delete)).AppendLine("</button></p>");
        html.Append("<div class=\"confirm\" id=\"confirm\" role=\"group\" aria-labelledby=\"confirm-text\" hidden>");
        html.Append("<p id=\"confirm-text\">").Append(E(say.ConfirmDelete(row.Answers, title))).AppendLine("</p>");
        html.Append("<button type=\"button\" class=\"danger\" data-action=\"confirm-delete\" data-session=\"").Append(E(row.SessionId)).Append("\">")
            .Append(E(say.ConfirmYes)).Append("</button> <button type=\"button\" data-action=\"cancel-delete\">").Append(E(say.ConfirmNo)).AppendLine("</button>");
        html.AppendLine("</div>");
        html.AppendLine("</article>");
        return html.ToString();
    }

    /// <summary>Per question a chart: per expected theme one bar per session, all on one scale, each labelled with its session.</summary>
    public static string Comparison(SessionComparison comparison, OrganiserPhrases say, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(say);
        var html = new StringBuilder();
        html.Append("<h2 id=\"compare-title\" tabindex=\"-1\">").Append(E(say.CompareCaption(comparison.ProgrammeTitle))).AppendLine("</h2>");
        html.Append("<p>").Append(E(say.ComparisonNote)).AppendLine("</p>");
        if (comparison.Questions.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(E(say.NothingToCompare)).AppendLine("</p>");
            return html.ToString();
        }

        var labels = comparison.Sessions
            .Select(s => TimeZoneInfo.ConvertTime(s.StartedAt, zone).ToString("d MMM HH:mm", say.Culture) + (s.ChatName is { Length: > 0 } n ? $" · {n}" : ""))
            .ToList();
        var scale = Math.Max(1, comparison.Questions.SelectMany(q => q.Themes).SelectMany(t => t.Counts).DefaultIfEmpty(0).Max());
        foreach (var question in comparison.Questions)
        {
            html.Append("<figure class=\"chart compare-chart\" data-item=\"").Append(E(question.ItemId)).AppendLine("\">");
            html.Append("<figcaption>").Append(E(question.Title)).AppendLine("</figcaption>");
            foreach (var theme in question.Themes)
            {
                html.Append("<div class=\"theme-group\" data-theme=\"").Append(E(theme.ThemeId)).AppendLine("\">");
                html.Append("<p class=\"theme-label\">").Append(E(theme.Label)).AppendLine("</p>");
                for (var i = 0; i < theme.Counts.Count; i++)
                {
                    var count = theme.Counts[i];
                    var percent = (count * 100.0 / scale).ToString("0.#", CultureInfo.InvariantCulture);
                    html.Append("<div class=\"bar-row\" data-session=\"").Append(E(comparison.Sessions[i].SessionId)).Append("\" data-count=\"")
                        .Append(count.ToString(CultureInfo.InvariantCulture)).AppendLine("\">");
                    html.Append("<span class=\"bar-label\">").Append(E(labels[i])).AppendLine("</span>");
                    html.Append("<span class=\"bar-track\" aria-hidden=\"true\"><span class=\"bar s").Append((i % 8).ToString(CultureInfo.InvariantCulture))
                        .Append("\" style=\"width:").Append(percent).AppendLine("%\"></span></span>");
                    html.Append("<span class=\"bar-count\">").Append(count.ToString(CultureInfo.InvariantCulture)).AppendLine("</span>");
                    html.AppendLine("</div>");
                }

                html.AppendLine("</div>");
            }

            html.AppendLine("</figure>");
        }

        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
