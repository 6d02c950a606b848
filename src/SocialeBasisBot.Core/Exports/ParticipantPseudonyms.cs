using System.Globalization;
using SocialeBasisBot.Answers;

namespace SocialeBasisBot.Exports;

/// <summary>
/// "Deelnemer 1", "Deelnemer 2", … numbered by first appearance in the session. Retracted answers count for the
/// numbering, so a later retraction does not renumber everyone in a file exported again.
/// </summary>
public sealed class ParticipantPseudonyms
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    public ParticipantPseudonyms(IEnumerable<Answer> sessionAnswers)
    {
        ArgumentNullException.ThrowIfNull(sessionAnswers);
        foreach (var answer in sessionAnswers.OrderBy(a => a.ReceivedAt).ThenBy(a => a.Id))
            numbers.TryAdd(answer.ParticipantId, numbers.Count + 1);
    }

    public string For(string participantId) =>
        numbers.TryGetValue(participantId, out var n)
            ? string.Create(CultureInfo.InvariantCulture, $"Deelnemer {n}")
            : "Deelnemer ?";
}
