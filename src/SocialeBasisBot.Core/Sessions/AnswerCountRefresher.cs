using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Sessions;

/// <summary>
/// What a question card shows when its question closes: the final answer count, on the card that was posted.
/// <para>
/// Why an open question card is never edited: Teams re-renders an edited card for everyone in the chat, and what
/// anyone was typing in its answer box (not yet sent) is gone (microsoft/AdaptiveCards#7492, msteams-docs#4863,
/// #9391; no Microsoft page says otherwise). Of the patterns Microsoft documents for a live count (a
/// <c>refresh</c> with <c>userIds</c>, which also re-renders on every edit and reaches at most 60 people; a separate
/// results message; updating only on close) only the last two cost nobody their typing, and of those updating only
/// on close needs no second message per question in a chat that Teams rate-limits per thread. So the count is shown
/// where it is safe: to each person who answers from the card, in the confirmation only they see (the
/// <c>adaptiveCard/action</c> invoke response, which replaces nobody else's card); to facilitators on `status`; and to
/// the room on the closed card, which no one can type in any more.
/// </para>
/// </summary>
public sealed class AnswerCountRefresher(SessionStore store, Programme.ProgrammeCatalog programmes)
{
    /// <summary>
    /// The closed form of the item's card with its final count, read when the outbox worker is about to send; null
    /// when the card was never posted. Only the closed card: an open card is not edited (see the class).
    /// </summary>
    public async Task<CardRefresh?> CardAsync(string sessionId, string itemId, CancellationToken ct)
    {
        var session = await store.FindSessionAsync(sessionId, ct);
        var posted = await store.FindPostedCardAsync(sessionId, itemId, ct);
        if (session?.ConversationReference is null || posted is null
            || programmes.Find(session.ProgrammeId) is not { } programme
            || programme.FindItem(itemId) is not { } item)
        {
            return null;
        }

        var count = await store.CountAnswersAsync(sessionId, itemId, ct);
        return new CardRefresh(session.ConversationReference, posted.ActivityId, session, programme, item, count, Open: false);
    }

    public Task ShownAsync(CardRefresh refresh, CancellationToken ct) =>
        store.SetShownCountAsync(refresh.Session.Id, refresh.Item.Id, refresh.AnswerCount, ct);
}
