using SocialeBasisBot.Themes.Labels.WordClasses;

namespace SocialeBasisBot.Themes.Labels;

/// <summary>
/// A theme label must be a Dutch noun phrase, or two joined with "en": the last word of each part (its head, as Dutch
/// noun phrases end in their noun) is a noun, or an infinitive after a noun ("jonge vrijwilligers vinden", a noun
/// phrase as well). A bare verb form ("Aanpakt"), an adjective ("Abstract"), a verb stem ("Aansluit") or a pair
/// with such a part ("Wonen en zwaar", "Helpen en lezen") is refused. A word neither resource knows is let through:
/// the rule refuses only what it can show is wrong.
/// </summary>
public sealed class LabelRule(DutchWordClasses classes)
{
    public bool IsActive => classes.CanClassify;

    public bool Accepts(string label) => Problem(label) is null;

    /// <summary>Why the label is refused, or null when it is a noun phrase (or the rule has nothing to decide with).</summary>
    public string? Problem(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (!IsActive) return null;
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<List<string>> { new() };
        foreach (var w in words)
        {
            if (w.Equals("en", StringComparison.OrdinalIgnoreCase)) parts.Add([]);
            else parts[^1].Add(w);
        }
        foreach (var part in parts)
        {
            if (part.Count == 0) return $"'{label}': 'en' zonder woord ervoor of erna";
            var head = part[^1];
            var c = classes.Classify(head);
            if (c == DutchWordClass.Unknown || c.HasFlag(DutchWordClass.Noun)) continue;
            var nominalInfinitive = c.HasFlag(DutchWordClass.Verb) && head.EndsWith("en", StringComparison.OrdinalIgnoreCase)
                && part.Take(part.Count - 1).Any(w => classes.Classify(w).HasFlag(DutchWordClass.Noun));
            if (nominalInfinitive) continue;
            return $"'{label}': '{head}' is geen zelfstandig naamwoord ({c})";
        }
        return null;
    }
}
