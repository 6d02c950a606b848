using Microsoft.Extensions.Options;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Corrections;

/// <summary>
/// Who gets their own view of a corrected summary card (its refresh.userIds): every facilitator the bot knows by their
/// Teams id. That is the one who just corrected, everyone who corrected this session before, the starter when they
/// started without an Entra id (then their Teams id is what is stored), the meeting's organisers and presenters the bot
/// has seen in that role (<see cref="MeetingLeaders"/>: whenever it asked Teams for their role), and listed facilitators
/// given by Teams id. At most 60: Teams refreshes no more per card.
/// </summary>
public sealed class CorrectionAudience(CorrectionStore store, MeetingLeaders leaders, IOptionsMonitor<FacilitatorOptions> options)
{
    public const int MaxUsers = 60;

    /// <summary>Teams ids begin so ("29:…"); an Entra object id (a GUID) cannot be put in userIds.</summary>
    private const string TeamsIdPrefix = "29:";

    public async Task<IReadOnlyList<string>> UserIdsAsync(Session session, string? correctedBy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var correctors = await store.CorrectorsAsync(session.Id, ct);
        return new[] { correctedBy }
            .Concat(correctors)
            .Append(session.StartedById)
            .Concat(leaders.Of(session.ConversationId))
            .Concat(options.CurrentValue.Users)
            .OfType<string>()
            .Where(id => id.StartsWith(TeamsIdPrefix, StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxUsers)
            .ToList();
    }
}
