using System.Text.Json;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// Turns what a turn says into outbox messages, in the order they must reach the chat: everything in the order said,
/// then the summaries (made by the worker, which may take seconds), so a `volgende` shows the next item at once.
/// A closed question is its closed card, then "Vraag gesloten", on one ordered stream: they can no longer cross.
/// </summary>
public sealed class ReplyMessages(RequestAddress address, Wall.WallLinks wallLinks, Privacy.PrivacyService privacy, TimeProvider time)
{
    public IReadOnlyList<OutboxMessage> For(ConversationInfo conversation, IEnumerable<BotReply> replies, Phrases say)
    {
        var now = time.GetUtcNow();
        var first = new List<OutboxMessage>();
        var summaries = new List<OutboxMessage>();
        OutboxMessage New(OutboxKind kind, string sessionId = "", string? itemId = null, string? text = null) => new()
        {
            ConversationId = conversation.Id,
            ConversationReference = conversation.ReferenceJson,
            SessionId = sessionId,
            Kind = kind,
            ItemId = itemId,
            Text = text,
            Language = say.Language,
            State = OutboxState.Pending,
            CreatedAt = now,
            DueAt = now,
        };

        foreach (var reply in replies)
        {
            switch (reply)
            {
                case TextReply text:
                    first.Add(New(OutboxKind.Text, text: text.Text));
                    break;
                case ItemReply item:
                    first.Add(New(OutboxKind.ItemCard, item.Session.Id, item.Item.Id));
                    if (item.Item.IsQuestion && conversation.Kind == ChatKind.Meeting)
                    {
                        // The bubble for attendees who keep the chat closed; whether the meeting runs is looked at when it is sent.
                        first.Add(New(OutboxKind.MeetingNotice, item.Session.Id, item.Item.Id,
                            JsonSerializer.Serialize(new Meetings.NoticeRequest(address.BaseUrl))));
                    }

                    break;
                case QuestionClosedReply closed:
                    first.Add(New(OutboxKind.ClosedCard, closed.Session.Id, closed.Item.Id));
                    first.Add(New(OutboxKind.Text, text: closed.Announcement(say)));
                    summaries.Add(New(OutboxKind.QuestionSummary, closed.Session.Id, closed.Item.Id));
                    break;
                case SummaryReply summary:
                    summaries.Add(New(summary.ItemId is null ? OutboxKind.SessionSummary : OutboxKind.QuestionSummary, summary.Session.Id, summary.ItemId));
                    break;
                case ExportReply export:
                    first.Add(New(OutboxKind.ExportCard, export.Session.Id, text: JsonSerializer.Serialize(
                        new ExportRequest(export.IncludeNames, address.BaseUrl, conversation.IsPersonal))));
                    break;
                case MentionReply mention:
                    first.Add(New(OutboxKind.Mention, text: JsonSerializer.Serialize(
                        new MentionText(mention.Who.Id, mention.Who.Name, mention.Who.AadObjectId, mention.Text))));
                    break;
                case Wall.WallReply wall:
                    // The link is signed now, for the address the request came in on (as an export's links are).
                    first.Add(New(OutboxKind.Text, text: wallLinks.Message(wall, address.BaseUrl)));
                    break;
                case Privacy.MyDataReply data:
                    first.Add(New(OutboxKind.Text, text: privacy.MyDataText(data, address.BaseUrl)));
                    break;
                case Privacy.ConfirmReply confirm:
                    first.Add(New(OutboxKind.ConfirmCard, text: JsonSerializer.Serialize(confirm)));
                    break;
                case MeetingReady ready:
                    first.Add(New(OutboxKind.MeetingReadyCard, text: JsonSerializer.Serialize(
                        new MeetingReadyRequest(ready.ProgrammeTitle, ready.ProgrammeId, ready.Programmes))));
                    break;
                case SessionChanged:
                    break;
                default:
                    throw new InvalidOperationException($"No outbox message for {reply.GetType().Name}.");
            }
        }

        return [.. first, .. summaries];
    }
}
