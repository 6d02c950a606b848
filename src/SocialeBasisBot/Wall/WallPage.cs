using System.Net;
using System.Text;

namespace SocialeBasisBot.Wall;

/// <summary>
/// The wall's HTML page: the current content rendered in (so it shows without scripts too), the bot's own stylesheet
/// and script (relative URLs, so a path prefix of a proxy keeps working), and the event stream's address.
/// </summary>
public static class WallPage
{
    /// <summary>
    /// Only the bot's own script and styles (plus the bar widths inline), only its own event stream; framed only by
    /// Teams (the meeting tab) and the bot itself.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com " +
        "https://*.teams.microsoft.us https://*.cloud.microsoft https://*.office.com";

    /// <param name="query">The signed query ("expires=…&amp;sig=…") plus the chosen language, for the event stream.</param>
    /// <param name="prefix">From the page's address to /wall/: "" for /wall/{session}, "../" for /wall/{session}/tab.</param>
    /// <param name="tab">The Teams meeting tab: it asks the bot whether the wall belongs to the tab's chat.</param>
    public static string Render(WallView view, WallPhrases say, string query, string prefix, IReadOnlyList<string> scripts, bool tab)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(say);
        ArgumentNullException.ThrowIfNull(scripts);
        var html = new StringBuilder();
        AppendHead(html, say.Lang, $"{say.Title} – {view.ProgrammeTitle}", prefix, scripts);
        html.AppendLine("<body>");
        var session = prefix + Uri.EscapeDataString(view.SessionId);
        if (tab)
            html.Append("<p id=\"other-chat\" class=\"warning\" role=\"alert\" hidden>").Append(E(say.OtherChat)).AppendLine("</p>");
        html.Append("<main id=\"wall\" data-events=\"").Append(E($"{session}/events?{query}")).Append('"');
        if (tab)
            html.Append(" data-chat-check=\"").Append(E($"{session}/chat?{query}")).Append('"');
        html.AppendLine(">");
        html.Append(WallHtml.Render(view));
        html.AppendLine("</main>");
        html.Append("<footer class=\"wall-foot\"><span id=\"live-state\" class=\"live-state\" data-live=\"").Append(E(say.Live))
            .Append("\" data-lost=\"").Append(E(say.Disconnected)).Append("\" role=\"status\">").Append(E(say.Live)).AppendLine("</span></footer>");
        html.AppendLine("</body>").AppendLine("</html>");
        return html.ToString();
    }

    /// <summary>
    /// Everything up to &lt;/head&gt; of a page of the bot's own (the wall, its tab, the in-meeting bubble's page): the
    /// wall's stylesheet and the given scripts, relative to <paramref name="prefix"/>, and no referrer.
    /// </summary>
    internal static void AppendHead(StringBuilder html, string lang, string title, string prefix, IReadOnlyList<string> scripts)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(lang).AppendLine("\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine("<meta name=\"referrer\" content=\"no-referrer\">");
        html.Append("<title>").Append(E(title)).AppendLine("</title>");
        html.Append("<link rel=\"stylesheet\" href=\"").Append(prefix).AppendLine("assets/wall.css\">");
        foreach (var script in scripts)
            html.Append("<script src=\"").Append(E(prefix + script)).AppendLine("\" defer></script>");
        html.AppendLine("</head>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
