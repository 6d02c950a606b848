namespace SocialeBasisBot.Storage;

/// <summary>What an outbox message sends; the Teams edge renders each kind from the session's stored state.</summary>
public enum OutboxKind
{
    /// <summary>A question card set to its closed form with the final count (an update of the posted card).</summary>
    ClosedCard,

    /// <summary>The themes of a closed question, or the counts of a poll (a new message).</summary>
    QuestionSummary,

    /// <summary>The overview per building block (a new message, one card per block).</summary>
    SessionSummary,

    /// <summary>
    /// A new answer count on an open question card (an update). No longer queued, nor sent: the open card is not edited
    /// while people may be typing in it. Kept only so the rows an earlier version queued (stored by name) can be found
    /// and removed at start-up (<see cref="DatabaseInitializer"/>).
    /// </summary>
    CountRefresh,

    /// <summary>A plain text (<see cref="OutboxMessage.Text"/>): command replies, "gestart", "Vraag gesloten", help.</summary>
    Text,

    /// <summary>A programme item's card (a new message); its activity id is recorded as the item's posted card.</summary>
    ItemCard,

    /// <summary>The export card with signed links and, in a 1:1 chat, the file consent offers (new messages).</summary>
    ExportCard,

    /// <summary>A text that @mentions one person (<see cref="OutboxMessage.Text"/>: <see cref="Sessions.MentionText"/> as JSON).</summary>
    Mention,

    /// <summary>The confirm card of a deletion (<see cref="OutboxMessage.Text"/>: <see cref="Privacy.ConfirmReply"/> as JSON).</summary>
    ConfirmCard,

    /// <summary>The card a starting meeting gets (<see cref="OutboxMessage.Text"/>: <see cref="Sessions.MeetingReadyRequest"/> as JSON).</summary>
    MeetingReadyCard,

    /// <summary>
    /// A question's in-meeting notification (a new message with Teams' alertInMeeting bubble; <see cref="OutboxMessage.Text"/>:
    /// <see cref="Meetings.NoticeRequest"/> as JSON). Queued when a question opens in a meeting chat; sent only while
    /// the meeting runs and the question is open, once per question (<see cref="Meetings.MeetingNotices"/>).
    /// </summary>
    MeetingNotice,

    /// <summary>
    /// A question's posted summary card again, after a facilitator corrected its themes (an update of the posted card;
    /// <see cref="OutboxMessage.Text"/>: the Teams id of who corrected). Safe to update: it holds no participant inputs.
    /// </summary>
    SummaryUpdate,
}
