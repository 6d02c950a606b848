using SocialeBasisBot.Themes.Agreement;
using SocialeBasisBot.Themes.OffTopic;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Stage 1 (filter): sets apart what is not an answer to the question, keeping the order of the rest: answers that
/// only agree ("+1", "eens met Sandra", 👍, a quote-reply adding nothing) become support for the answer they refer
/// to (the quoted one, else the named person's latest answer, else the previous answer); chat noise is off-topic,
/// by the detector <c>Themes:OffTopic</c> chooses (the rules, or the rules or the learned detector).
/// </summary>
public static class OffTopicFilter
{
    public static FilteredAnswers Apply(IReadOnlyList<ThemeAnswer> answers, OffTopicDetection detection)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var offTopic = new List<string>();
        var support = new List<ThemeSupport>();
        var kept = new List<ThemeAnswer>();
        var ids = answers.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var agreements = answers.Select(a => AgreementDetector.Detect(a.Text)).ToList();
        // All lines at once: the learned detector scores a batch in one pass.
        var noise = ChatNoiseDetector.Flags(answers.Select(a => a.Text).ToList(), detection);
        for (var i = 0; i < answers.Count; i++)
        {
            var (answer, agreement) = (answers[i], agreements[i]);
            var quotesOnly = answer.QuotedAnswerId is not null && answer.Text.Trim().Length == 0;
            if (agreement.IsSupportOnly || quotesOnly)
                support.Add(new ThemeSupport(answer.Id, Target(answer, agreement.NamedPerson, kept, ids)));
            else if (!agreement.Agrees && noise[i]) offTopic.Add(answer.Id);
            else kept.Add(answer);
        }
        return new FilteredAnswers(kept, offTopic) { Support = support };
    }

    private static string? Target(ThemeAnswer answer, string? namedPerson, List<ThemeAnswer> earlier, HashSet<string> ids)
    {
        if (answer.QuotedAnswerId is { } quoted && ids.Contains(quoted)) return quoted;
        if (namedPerson is not null)
        {
            // "eens met Sandra": Sandra's latest answer so far; a first name matches "Sandra V.".
            var named = earlier.LastOrDefault(a => a.Author is { } author
                && (author.Equals(namedPerson, StringComparison.OrdinalIgnoreCase)
                    || author.Split(' ')[0].Equals(namedPerson, StringComparison.OrdinalIgnoreCase)));
            if (named is not null) return named.Id;
        }
        return earlier.Count > 0 ? earlier[^1].Id : null;
    }
}
