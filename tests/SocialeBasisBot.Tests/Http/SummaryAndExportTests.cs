using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Teams.Cards;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// start → question → answers → sluit → samenvatting → export → download, over HTTP with real Dutch answers:
/// the cards and files must hold the answers that were given, counted right and rendered inert.
/// </summary>
public sealed class SummaryAndExportTests : LiveBotTest
{
    private static readonly string[] ExportFiles = ["antwoorden.csv", "antwoorden.xlsx", "samenvatting.html", "samenvatting.md"];
    private const string Malicious = "**Vet** [klik hier](http://evil.example) <script>alert(1)</script>";
    private const string Formula = "=HYPERLINK(\"http://evil.example\";\"meer info\")";
    private readonly TeamsUser facilitator = new("29:facilitator", "Fenna Begeleider", "aad-facilitator");
    private TeamsChat chat = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        chat = NewGroupChat();
    }

    [Fact]
    public async Task Question_summary_session_summary_and_downloads_match_the_answers_given()
    {
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        var given = DevAnswers.For("q1").Take(30).Select(a => (Participant: a.Participant, Text: a.Text)).Append((Participant: "Mallory M.", Text: Malicious)).Append((Participant: "Frank F.", Text: Formula)).ToList();
        var messageIds = new List<string>();
        foreach (var (participant, text) in given)
        {
            var message = chat.Message(Person(participant), text);
            messageIds.Add(message["id"]!.GetValue<string>());
            await SendAsync(message);
        }

        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "sluit"));

        var summary = Connector.Cards
            .Single(c => Texts(c).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal)));
        var participants = given.Select(g => g.Participant).Distinct().Count();
        Assert.Contains($"32 antwoorden van {participants} deelnemers", Texts(summary));
        var quotes = Texts(summary).Where(t => t.StartsWith('“')).Select(t => Unescape(t.Trim('“', '”'))).ToList();
        Assert.NotEmpty(quotes);
        // Quotes are answers as stored: what was typed, with Teams' HTML markup (here the <script> tags) taken out.
        var session = await Host.Service<SessionStore>().FindLatestSessionAsync(chat.ConversationId, CancellationToken.None);
        var stored = await Host.Service<SessionStore>().ListAnswersAsync(session!.Id, "q1", CancellationToken.None);
        Assert.Equal(given.Count, stored.Count);
        Assert.All(quotes, q => Assert.Contains(stored, a => a.Text.StartsWith(q.TrimEnd('…'), StringComparison.Ordinal)));
        var themeCounts = ThemeCounts(summary);
        Assert.NotEmpty(themeCounts);
        // A theme that belongs to two building blocks is shown under both; counted once here.
        Assert.True(themeCounts.Sum() <= 32, "theme counts never add up to more than the answers given");
        Assert.DoesNotContain("[klik hier](http", summary.ToJsonString(), StringComparison.Ordinal);

        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "samenvatting"));
        var overview = Connector.Cards.ToList();
        Assert.Contains(overview, c => Texts(c).Contains("Overzicht · Steun en ruimte voor vrijwillige inzet"));
        Assert.Contains(overview, c => Texts(c).Contains("Overzicht · Mensen vragen & uitnodigen"));
        Assert.All(overview, c => Assert.True(SummaryCards.SizeInTeams(c) < 80 * 1024));

        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "export"));
        var links = DownloadLinks();
        Assert.Equal(ExportFiles, links.Keys.Order(StringComparer.Ordinal));

        var csv = await Download(links["antwoorden.csv"]);
        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(32, rows.Count(r => r.Contains("Deelnemer ", StringComparison.Ordinal)));
        Assert.DoesNotContain("Jesse R.", csv, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK(", csv, StringComparison.Ordinal);

        var html = await Download(links["samenvatting.html"]);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.StartsWith("PK", await Download(links["antwoorden.xlsx"]), StringComparison.Ordinal);

        // The summary behind the files is reused between downloads, but not once the answers change.
        var markdown = await Download(links["samenvatting.md"]);
        Assert.Equal(markdown, await Download(links["samenvatting.md"]));
        await SendAsync(chat.Delete(Person(given[0].Participant), messageIds[0]));
        var afterDelete = await Download(links["samenvatting.md"]);
        Assert.NotEqual(markdown, afterDelete);
        Assert.Contains("31", afterDelete, StringComparison.Ordinal);

        // Names only in a 1:1 chat with the bot, where export takes the last session the facilitator led.
        Connector.Clear();
        var personal = new TeamsChat(Connector.ServiceUrl, $"a:{Guid.NewGuid():N}", "personal");
        await SendAsync(personal.Message(facilitator, "export met namen"));
        var named = await Download(DownloadLinks()["antwoorden-met-namen.csv"]);
        Assert.Contains(given[1].Participant, named, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tampered_links_get_403_and_expired_links_410_without_data()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await RestartAsync(s => s.AddSingleton<TimeProvider>(clock));
        await SendAsync(chat.Mention(facilitator, "start"));
        await SendAsync(chat.Mention(facilitator, "export"));
        var url = DownloadLinks()["antwoorden.csv"];
        using var client = Host.Client();

        using (var ok = await client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        foreach (var tampered in new[]
                 {
                     url.Replace("antwoorden.csv", "antwoorden-met-namen.csv", StringComparison.Ordinal),
                     url[..^3] + (url[^3] == 'A' ? "Bxx" : "Axx"),
                     url.Replace("expires=", "expires=9", StringComparison.Ordinal),
                 })
        {
            using var response = await client.GetAsync(new Uri(tampered));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("Deelnemer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        using var expired = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.DoesNotContain("Deelnemer", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_that_takes_a_while_first_shows_a_placeholder_which_the_card_then_replaces()
    {
        await RestartAsync(extra: new Dictionary<string, string?> { ["Teams:SummaryPatience"] = "00:00:00" });
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        foreach (var answer in DevAnswers.For("q1").Take(5))
        {
            await SendAsync(chat.Message(Person(answer.Participant), answer.Text));
        }

        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "sluit"));

        var placeholder = Assert.Single(Connector.Posts, p => p.Text == "Bezig met samenvatten…");
        var replaced = Assert.Single(Connector.Updates, u => u.PathActivityId == placeholder.ActivityId);
        Assert.Contains(CardText.All(replaced.Card), t => t.StartsWith("Samenvatting:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Under_three_answers_the_summary_says_so_instead_of_inventing_themes()
    {
        await SendAsync(chat.Mention(facilitator, "start"));
        await AdvanceToAsync(chat, facilitator, "q1");
        await SendAsync(chat.Message(Person("Anna A."), "Meer vraag naar vrijwilligers"));
        await SendAsync(chat.Message(Person("Bram B."), "Zwaardere zorgtaken"));
        Connector.Clear();
        await SendAsync(chat.Mention(facilitator, "sluit"));

        var card = Connector.Cards
            .Single(c => Texts(c).Any(t => t.StartsWith("Samenvatting:", StringComparison.Ordinal)));
        Assert.Contains(Texts(card), t => t.StartsWith("Maar 2 antwoorden: te weinig", StringComparison.Ordinal));
        Assert.Empty(ThemeCounts(card));
    }

    [Fact]
    public async Task In_a_personal_chat_export_also_offers_the_files_through_file_consent()
    {
        var personal = new TeamsChat(Connector.ServiceUrl, $"a:{Guid.NewGuid():N}", "personal");
        await SendAsync(personal.Message(facilitator, "start"));
        await SendAsync(personal.Message(facilitator, "volgende"));
        await SendAsync(personal.Message(facilitator, "export"));

        var consents = Connector.Posts.Where(p => p.AttachmentType == "application/vnd.microsoft.teams.card.file.consent").ToList();
        Assert.Equal(4, consents.Count);
        var consent = consents.First(c => c.Attachment!["name"]!.GetValue<string>() == "antwoorden.csv");
        var context = consent.Attachment!["content"]!["acceptContext"]!;

        Connector.Clear();
        using var response = await Host.PostActivityAsync(
            personal.FileConsentAccept(facilitator, context, Connector.UploadUrl("antwoorden.csv"), "antwoorden.csv").ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var uploaded = Encoding.UTF8.GetString(Connector.Uploads["antwoorden.csv"]);
        Assert.Contains("antwoord", uploaded, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Connector.Posts, p => p.AttachmentType == "application/vnd.microsoft.teams.card.file.info");
    }

    private static TeamsUser Person(string name) => new($"29:{name}", name, $"aad-{name}");

    private Dictionary<string, string> DownloadLinks()
    {
        var card = Connector.Cards.Last(c => Texts(c).Contains("Downloads"));
        return card["actions"]!.AsArray()
            .Select(a => a!["url"]!.GetValue<string>())
            .ToDictionary(u => Uri.UnescapeDataString(new Uri(u).Segments[^1]), u => u);
    }

    private async Task<string> Download(string url)
    {
        using var response = await Host.Client().GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
    }


    private static List<string> Texts(JsonObject card) => CardText.All(card).ToList();

    /// <summary>The count of each distinct theme (label) on a summary card.</summary>
    private static List<int> ThemeCounts(JsonObject card) =>
        CardText.ColumnSets(card)
            .Where(c => c.Count == 2 && int.TryParse(c[1], out _))
            .DistinctBy(c => c[0])
            .Select(c => int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    private static string Unescape(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\\(.)", "$1");

}
