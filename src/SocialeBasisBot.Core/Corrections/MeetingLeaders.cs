using System.Collections.Concurrent;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Corrections;

/// <summary>
/// The organisers, co-organisers and presenters of each meeting chat as the bot last saw them, by Teams id: remembered
/// whenever Teams was asked someone's role (every command and card action in a meeting asks), so a corrected summary
/// card can ask their Teams clients to refresh without a Teams call per card. Only for that refresh: whether someone may
/// correct is still asked from Teams at the moment they act (roles change during a meeting and must not be cached).
/// <para>
/// Kept in memory, per instance: a restart or another instance knows only the people whose role it has asked since.
/// Someone seen as an attendee later is forgotten, and so is a chat whose roles were not asked for
/// <see cref="ForgetAfter"/> (its meeting is over; the ids are personal data and the chats are unbounded).
/// </para>
/// </summary>
public sealed class MeetingLeaders(TimeProvider time)
{
    /// <summary>How long a chat's leaders are kept after the bot last asked a role in it: longer than any webinar.</summary>
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(12);

    /// <summary>More than a card can name (<see cref="CorrectionAudience.MaxUsers"/>) is never needed per meeting.</summary>
    private const int MaxPerConversation = CorrectionAudience.MaxUsers;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> byConversation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> lastSeen = new(StringComparer.Ordinal);
    private DateTimeOffset nextSweep = DateTimeOffset.MinValue;

    /// <summary>Remembers <paramref name="who"/> as a leader of the chat's meeting, or forgets them, by the role Teams gave.</summary>
    public void Seen(string conversationId, Participant who)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (who.Role == MeetingRole.NotInMeeting)
        {
            return;
        }

        var now = time.GetUtcNow();
        lastSeen[conversationId] = now;
        Sweep(now);

        if (who.Role.Leads())
        {
            var leaders = byConversation.GetOrAdd(conversationId, _ => new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase));
            if (leaders.Count < MaxPerConversation)
            {
                leaders.TryAdd(who.Id, 0);
            }
        }
        else if (byConversation.TryGetValue(conversationId, out var leaders))
        {
            leaders.TryRemove(who.Id, out _);
        }
    }

    // At most once an hour, and only when a role is asked: a pass over the chats is cheap next to a Teams call.
    private void Sweep(DateTimeOffset now)
    {
        if (now < nextSweep)
        {
            return;
        }

        nextSweep = now + TimeSpan.FromHours(1);
        foreach (var (conversationId, seen) in lastSeen)
        {
            if (now - seen > ForgetAfter && lastSeen.TryRemove(new KeyValuePair<string, DateTimeOffset>(conversationId, seen)))
            {
                byConversation.TryRemove(conversationId, out _);
            }
        }
    }

    /// <summary>The Teams ids of the people last seen leading this chat's meeting.</summary>
    public IReadOnlyList<string> Of(string conversationId) =>
        byConversation.TryGetValue(conversationId, out var leaders) ? [.. leaders.Keys.Order(StringComparer.Ordinal)] : [];
}
