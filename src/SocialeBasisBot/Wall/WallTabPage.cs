using System.Net;
using System.Text;

namespace SocialeBasisBot.Wall;

/// <summary>
/// The meeting tab's configuration page: Teams shows it when the tab is added to a meeting. The facilitator pastes
/// the link `muur` gave; tab-config.js checks it with the bot and saves it as the tab's page. Dutch first, English
/// beneath, because Teams adds the tab before the bot knows which language the session speaks.
/// </summary>
public static class WallTabPage
{
    public static string Configuration()
    {
        var nl = WallPhrases.Dutch;
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine("<meta name=\"referrer\" content=\"no-referrer\">");
        html.Append("<title>").Append(E(nl.Title)).AppendLine(" – SocialeBasisBot</title>");
        html.AppendLine("<link rel=\"stylesheet\" href=\"../assets/wall.css\">");
        html.Append("<script src=\"../").Append(WallTabEndpoints.TeamsLibrary).AppendLine("\" defer></script>");
        html.AppendLine("<script src=\"../assets/tab-config.js\" defer></script>");
        html.AppendLine("</head>\n<body>\n<main class=\"config\">");
        html.Append("<h1>").Append(E(nl.Title)).AppendLine(" in deze vergadering</h1>");
        html.AppendLine("<p>Typ <code>muur</code> in de chat van de vergadering (of in je chat met de bot) en plak de link die de bot geeft hieronder. Iedereen in de vergadering ziet dan de thema's van die sessie, zonder namen.</p>");
        html.AppendLine("<p class=\"en\" lang=\"en\">Type <code>wall</code> in the meeting chat (or your chat with the bot) and paste the link it gives below. Everyone in the meeting then sees that session's themes, without names.</p>");
        html.AppendLine("<label for=\"wall-link\">Link naar de muur <span lang=\"en\">(wall link)</span></label>");
        html.AppendLine("<input id=\"wall-link\" type=\"url\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"https://…/wall/…?expires=…&amp;sig=…\">");
        html.Append("<p id=\"message\" class=\"message\" role=\"status\"")
            .Append(Data("ok", "De link is goed: kies Opslaan. / The link is fine: choose Save."))
            .Append(Data("not-a-link", "Dit is geen link. / This is not a link."))
            .Append(Data("not-a-wall-link", "Dit is geen link naar een muur van deze bot. / This is not a wall link of this bot."))
            .Append(Data("invalid", "De bot herkent deze link niet. / The bot does not recognise this link."))
            .Append(Data("expired", "Deze link is verlopen; typ opnieuw muur. / This link has expired; type wall again."))
            .Append(Data("other-chat", "Deze link hoort bij een sessie in een andere chat. / This link belongs to a session in another chat."))
            .Append(Data("tab-name", nl.Title))
            .AppendLine("></p>");
        html.AppendLine("</main>\n</body>\n</html>");
        return html.ToString();
    }

    private static string Data(string name, string text) => $" data-{name}=\"{E(text)}\"";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
