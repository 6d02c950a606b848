using System.Net;
using System.Text;
using SocialeBasisBot.Meetings;
using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Wall;

/// <summary>
/// The in-meeting bubble's page: the question, when it closes if it is timed, and how to answer; an "OK" button that
/// closes the bubble through the Teams library (Teams asks a bubble page to dismiss itself), hidden outside Teams.
/// Styles and scripts are the wall's own (relative to /wall/{session}/question/{item}); everything is HTML-encoded.
/// </summary>
public static class QuestionNoticePage
{
    private const string Prefix = "../../";

    public static string Render(string programmeTitle, ProgrammeItem question, bool open, DateTimeOffset? closesAt, NoticePhrases say)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(say);
        var html = new StringBuilder();
        WallPage.AppendHead(html, say.Lang, $"{say.BubbleTitle} – {programmeTitle}", Prefix, [WallTabEndpoints.TeamsLibrary, "assets/notice.js"]);
        html.AppendLine("<body>");
        html.AppendLine("<main class=\"notice\">");
        html.Append("<p class=\"kicker\">").Append(E(say.Kicker)).AppendLine("</p>");
        html.Append("<h1 class=\"question\">").Append(E(question.Title)).AppendLine("</h1>");
        if (question.QuestionText.Length > 0 && question.QuestionText != question.Title)
            html.Append("<p class=\"question-text\">").Append(E(question.QuestionText)).AppendLine("</p>");
        if (!open)
            html.Append("<p class=\"note\">").Append(E(say.Closed)).AppendLine("</p>");
        else
        {
            if (closesAt is { } at)
                html.Append("<p class=\"closes\"><time datetime=\"").Append(at.ToString("o", System.Globalization.CultureInfo.InvariantCulture))
                    .Append("\">").Append(E(say.ClosesAt(at))).AppendLine("</time></p>");
            html.Append("<p class=\"notice-how\">").Append(E(say.HowToAnswer)).AppendLine("</p>");
        }

        html.Append("<button type=\"button\" id=\"notice-done\" hidden>").Append(E(say.Done)).AppendLine("</button>");
        html.AppendLine("</main>");
        html.AppendLine("</body>").AppendLine("</html>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
