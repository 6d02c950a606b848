using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams;

/// <summary>
/// The Teams messages for what a turn queued (texts, item cards, export cards), rendered when the outbox worker sends
/// them; and the report back to Core (<see cref="PostedCards"/>) of which message carries which item. Decides nothing.
/// </summary>
public sealed class OutboxActivities(
    ItemCards itemCards,
    SummaryCards summaryCards,
    PostedCards postedCards,
    ExportDownloads downloads,
    FileConsent fileConsent,
    Privacy.PrivacyCards privacyCards,
    Meetings.MeetingCards meetingCards,
    Meetings.MeetingNotifications meetingNotifications,
    SessionExporter exporter)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public static Activity CardActivity(JsonObject card, string summary)
    {
        // Text and attachment in one activity make Teams split the message and return no id, so the card travels
        // alone; its fallbackText and the summary carry the plain-text version.
        var activity = (Activity)MessageFactory.Attachment(new Attachment
        {
            ContentType = AdaptiveCardContentType,
            Content = JObject.Parse(card.ToJsonString()),
        });
        activity.Summary = summary.Length > 200 ? summary[..200] : summary;
        return activity;
    }

    /// <summary>
    /// The new messages <paramref name="message"/> consists of, in order (an export card is followed by one file
    /// consent card per file in a 1:1 chat); empty when what it is about is gone.
    /// </summary>
    public async Task<IReadOnlyList<IActivity>> PartsAsync(OutboxMessage message, Session? session, WebinarProgramme? programme, CancellationToken ct)
    {
        switch (message.Kind)
        {
            case OutboxKind.Text:
                return [MessageFactory.Text(message.Text ?? "")];
            case OutboxKind.Mention:
                var mention = JsonSerializer.Deserialize<MentionText>(message.Text ?? "{}")!;
                return [Meetings.Mentions.Message(new MentionReply(new Participant(mention.UserId, mention.Name, mention.AadObjectId), mention.Text))];
            case OutboxKind.ConfirmCard:
                var confirm = JsonSerializer.Deserialize<SocialeBasisBot.Privacy.ConfirmReply>(message.Text ?? "{}")!;
                return [CardActivity(privacyCards.Confirm(confirm), confirm.Text)];
            case OutboxKind.MeetingReadyCard:
                var ready = JsonSerializer.Deserialize<MeetingReadyRequest>(message.Text ?? "{}")!;
                var readySay = Phrases.For(message.Language);
                return [CardActivity(meetingCards.Ready(new MeetingReady(ready.ProgrammeTitle, ready.ProgrammeId, ready.Programmes, readySay)), readySay.MeetingReadyTitle)];
            case OutboxKind.ItemCard when session is not null && programme?.FindItem(message.ItemId!) is { } item:
                // Item cards speak the programme's language whoever gave the command, so the count refresh (which has
                // no command to go by) never switches a card to another language.
                var position = programme.Items.ToList().IndexOf(item) + 1;
                var card = itemCards.Render(programme, item, session.Id, position, programme.Items.Count, 0, item.IsQuestion,
                    Phrases.For(programme.Language), closesAt: ItemCards.ClosesAt(session, item, exporter.TimeZone));
                return [CardActivity(card, item.Title)];
            case OutboxKind.MeetingNotice:
                return await meetingNotifications.PartsAsync(message, session, programme, ct);
            case OutboxKind.ExportCard when session is not null && programme is not null:
                var request = JsonSerializer.Deserialize<ExportRequest>(message.Text ?? "{}")!;
                var say = Phrases.For(message.Language);
                var set = downloads.Links(new ExportReply(session, programme, request.IncludeNames), request.RequestBaseUrl);
                var exportCard = summaryCards.Export([.. set.Files.Select(f => (f.Spec.FileName, f.Url))], set.IncludeNames, set.Expires, say);
                // In a 1:1 chat Teams can also take the files into the organiser's OneDrive (file consent).
                return [CardActivity(exportCard, say.DownloadsTitle), .. request.Personal ? await fileConsent.OffersAsync(set, ct) : []];
            default:
                return [];
        }
    }

    /// <summary>Records which message carries an item's card, so refreshes, closing and card submits find it.</summary>
    public async Task PostedAsync(OutboxMessage message, string? activityId, CancellationToken ct)
    {
        if (message.Kind == OutboxKind.ItemCard && activityId is { Length: > 0 })
        {
            await postedCards.PostedAsync(message.SessionId, message.ItemId!, activityId, ct);
        }
    }
}
