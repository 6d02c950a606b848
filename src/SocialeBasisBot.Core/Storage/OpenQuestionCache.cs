using System.Collections.Concurrent;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Storage;

/// <summary>
/// The running session of each chat while it has a question open, as last read, so an answer needs no read of its
/// own: under a burst, reading the session was half of an answer's time on the request thread (measured with
/// dotnet-trace). It is only ever a guess. The batch that commits the answer checks again, inside its transaction,
/// that the question is still open (<see cref="TurnStore.AddAnswersAsync"/>), and an answer refused as closed after a
/// cached read is tried once more with a fresh read, so a change made by another instance costs one extra round.
/// This instance's own session writes drop the entry, so the next answer reads the new version.
/// </summary>
public sealed class OpenQuestionCache
{
    /// <summary>Far more chats than run at once; past it the cache starts again rather than grow without end.</summary>
    private const int MaxChats = 10_000;

    private readonly ConcurrentDictionary<string, Session> sessions = new(StringComparer.Ordinal);

    public Session? Find(string conversationId) => sessions.GetValueOrDefault(conversationId);

    /// <summary>Remembers a session read from the database, if it is running with an open question and newer than what is held.</summary>
    public void Remember(Session session)
    {
        if (session.State != SessionState.Running || session.OpenItemId is null)
        {
            return;
        }

        if (sessions.Count >= MaxChats)
        {
            sessions.Clear();
        }

        sessions.AddOrUpdate(session.ConversationId, session, (_, held) => held.Version > session.Version ? held : session);
    }

    /// <summary>Forgets the chat's session: it changed here, or an answer found it out of date.</summary>
    public void Forget(string conversationId) => sessions.TryRemove(conversationId, out _);
}
