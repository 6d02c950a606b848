using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Meetings;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Meetings;

/// <summary>
/// Teams' in-meeting bubble when a question opens (channelData.notification.alertInMeeting with the bubble's
/// externalResourceUrl), through /api/messages with Teams' meeting event shapes and the outbox: once per question,
/// only while the meeting runs; and its signed page over HTTP.
/// </summary>
public sealed class InMeetingNotificationTests : LiveBotTest
{
    private const string SigningKey = "notice-tests-signing-key-0123456789abcdef";
    private const string Workshop = "buurtkracht-workshop";
    private readonly TeamsUser organizer = TeamsChat.User(1);
    private TeamsChat meeting = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RestartAsync(extra: new Dictionary<string, string?> { ["Exports:SigningKey"] = SigningKey });
        meeting = TeamsChat.Meeting(Connector.ServiceUrl);
        Connector.Meetings.SetRole(meeting.MeetingId!, organizer, "Organizer");
    }

    [Fact]
    public async Task A_question_opening_in_a_running_meeting_rings_the_bubble_once()
    {
        await SendAsync(meeting.MeetingStart());
        await SendAsync(meeting.Mention(organizer, $"start {Workshop}"));
        await AdvanceToAsync(meeting, organizer, "wat-zie-jij");

        var notice = Assert.Single(Notifications());
        Assert.Contains("Nieuwe vraag: **Wat zie jij in jouw buurt?**", notice.Text, StringComparison.Ordinal);
        Assert.Empty(notice.Cards);
        var notification = (JsonObject)notice.Body!["channelData"]!["notification"]!;
        Assert.True((bool)notification["alertInMeeting"]!);
        Assert.False((bool?)notification["alert"] ?? false);
        var bubble = new Uri((string)notification["externalResourceUrl"]!);
        var appId = TeamsChat.BotId[3..];
        Assert.Equal($"https://teams.microsoft.com/l/bubble/{appId}", bubble.GetLeftPart(UriPartial.Path));
        var query = Query(bubble);
        Assert.Equal("400", query["width"]);
        Assert.Equal("300", query["height"]);
        Assert.Equal("Nieuwe vraag", query["title"]);
        Assert.Equal(appId, query["completionBotId"]);

        // The bubble's page, over HTTP: the question and how to answer, no names, only the bot's own scripts.
        using var client = Host.Client();
        using var page = await client.GetAsync(new Uri(query["url"]));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Wat zie jij in jouw buurt?", html, StringComparison.Ordinal);
        Assert.Contains("Typ je antwoord gewoon in de chat van de vergadering", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Deelnemer", html, StringComparison.Ordinal);

        // A second message about the same question (two instances, a replay) finds the question notified already.
        var session = (await Host.Service<SessionStore>().FindRunningSessionAsync(meeting.ConversationId, CancellationToken.None))!;
        var first = await OutboxRowsAsync(OutboxKind.MeetingNotice);
        var again = Copy(Assert.Single(first));
        await Host.Service<TurnStore>().EnqueueAsync([again], CancellationToken.None);
        Assert.True(await Host.OutboxSentAsync(TimeSpan.FromSeconds(30)));
        Assert.Single(Notifications());
        Assert.Single(await NoticeRowsAsync(session.Id));

        // The next question (a poll) rings again; an information item does not.
        await SendAsync(meeting.Mention(organizer, "volgende"));
        Assert.Equal(2, Notifications().Count);
        Assert.Contains("Jouw eerste stap", Notifications()[1].Text, StringComparison.Ordinal);
        await SendAsync(meeting.Mention(organizer, "volgende"));
        Assert.Equal(2, Notifications().Count);
    }

    [Fact]
    public async Task No_bubble_after_the_meeting_ended_nor_before_it_started()
    {
        await SendAsync(meeting.Mention(organizer, $"start {Workshop}"));
        await AdvanceToAsync(meeting, organizer, "wat-zie-jij");
        Assert.Empty(Notifications());
        Connector.Clear();

        var later = TeamsChat.Meeting(Connector.ServiceUrl);
        Connector.Meetings.SetRole(later.MeetingId!, organizer, "Organizer");
        await SendAsync(later.MeetingStart());
        await SendAsync(later.MeetingEnd());
        await SendAsync(later.Mention(organizer, $"start {Workshop}"));
        await AdvanceToAsync(later, organizer, "wat-zie-jij");

        Assert.Empty(Notifications());
        Assert.Contains(Connector.Posts, p => p.SubmitData?["item"]?.GetValue<string>() == "wat-zie-jij");
    }

    [Fact]
    public async Task A_group_chat_without_a_meeting_queues_no_bubble()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(organizer, $"start {Workshop}"));
        await AdvanceToAsync(chat, organizer, "wat-zie-jij");

        Assert.Empty(Notifications());
        Assert.Empty(await OutboxRowsAsync(OutboxKind.MeetingNotice));
    }

    [Fact]
    public async Task The_page_opens_only_with_a_genuine_unexpired_link_to_that_question()
    {
        await SendAsync(meeting.MeetingStart());
        await SendAsync(meeting.Mention(organizer, $"start {Workshop}"));
        await AdvanceToAsync(meeting, organizer, "wat-zie-jij");
        var url = Query(new Uri((string)Assert.Single(Notifications()).Body!["channelData"]!["notification"]!["externalResourceUrl"]!))["url"];
        var session = (await Host.Service<SessionStore>().FindRunningSessionAsync(meeting.ConversationId, CancellationToken.None))!.Id;
        using var client = Host.Client();

        var sig = Query(new Uri(url))["sig"];
        var refused = new[]
        {
            url.Replace("sig=" + sig, "sig=" + (sig[0] == 'A' ? 'B' : 'A') + sig[1..], StringComparison.Ordinal),
            url.Replace("expires=", "expires=9", StringComparison.Ordinal),
            // The signature of one question opens no other question, and no wall.
            url.Replace("/question/wat-zie-jij", "/question/eerste-stap", StringComparison.Ordinal),
            url.Replace("/question/wat-zie-jij", "", StringComparison.Ordinal),
        };
        foreach (var link in refused)
        {
            using var response = await client.GetAsync(new Uri(link));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{link}: {(int)response.StatusCode}");
            Assert.DoesNotContain("buurt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var past = new FakeTimeProvider(TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(2));
        var expired = Links(past).Create(Host.BaseAddress.ToString(), session, "wat-zie-jij", "nl").Url;
        using (var response = await client.GetAsync(new Uri(expired)))
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);

        var unknown = Links(TimeProvider.System).Create(Host.BaseAddress.ToString(), session, "bestaat-niet", "nl").Url;
        using (var response = await client.GetAsync(new Uri(unknown)))
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var english = Links(TimeProvider.System).Create(Host.BaseAddress.ToString(), session, "wat-zie-jij", "en").Url;
        using (var response = await client.GetAsync(new Uri(english)))
            Assert.Contains("Just type your answer in the meeting chat", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Once the question closed, the page says so instead of asking for answers.
        await SendAsync(meeting.Mention(organizer, "sluit"));
        using (var response = await client.GetAsync(new Uri(url)))
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Deze vraag is inmiddels gesloten.", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Typ je antwoord", html, StringComparison.Ordinal);
        }
    }

    private List<ConnectorCall> Notifications() =>
        Connector.Posts.Where(p => p.Body?["channelData"]?["notification"]?["alertInMeeting"] is JsonValue v && v.GetValue<bool>()).ToList();

    private static Dictionary<string, string> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);

    private static OutboxMessage Copy(OutboxMessage message) => new()
    {
        ConversationId = message.ConversationId,
        ConversationReference = message.ConversationReference,
        SessionId = message.SessionId,
        ItemId = message.ItemId,
        Kind = message.Kind,
        Text = message.Text,
        Language = message.Language,
        State = OutboxState.Pending,
        CreatedAt = message.CreatedAt,
        DueAt = message.DueAt,
    };

    private async Task<List<OutboxMessage>> OutboxRowsAsync(OutboxKind kind)
    {
        await using var db = await Host.Service<IDbContextFactory<SocialeBasisDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().Where(o => o.Kind == kind).ToListAsync();
    }

    private async Task<List<MeetingNotice>> NoticeRowsAsync(string sessionId)
    {
        await using var db = await Host.Service<IDbContextFactory<SocialeBasisDbContext>>().CreateDbContextAsync();
        return await db.MeetingNotices.AsNoTracking().Where(n => n.SessionId == sessionId).ToListAsync();
    }

    private static NoticeLinks Links(TimeProvider time)
    {
        var options = Options.Create(new ExportOptions { SigningKey = SigningKey });
        return new NoticeLinks(new ExportLinkSigner(options, time, NullLogger<ExportLinkSigner>.Instance), options);
    }
}
