using System.Text.RegularExpressions;
using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Sessions;

/// <summary>Reads poll choices typed in the chat ("A, C en F") and describes chosen options in words.</summary>
public static partial class PollChoices
{
    public static IReadOnlyList<string> Parse(ProgrammeItem? item, string text)
    {
        if (item is null || !item.Descriptor.TakesChoices || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var found = new List<string>();
        foreach (var token in tokens)
        {
            // Single-letter option ids count only in capitals unless the message is nothing but option ids,
            // so the Dutch word "a" or the article in "B en D" are not misread.
            var option = item.Options.FirstOrDefault(o => string.Equals(o.Id, token, StringComparison.OrdinalIgnoreCase));
            if (option is null)
            {
                continue;
            }

            var exact = string.Equals(option.Id, token, StringComparison.Ordinal) || token.Length > 1;
            if ((exact || OnlyOptions(item, tokens)) && !found.Contains(option.Id))
            {
                found.Add(option.Id);
            }
        }

        return item.MultipleChoice || found.Count <= 1 ? found : [found[0]];
    }

    /// <summary>Choices a card sent, kept only when the poll offers them (and only one for a single-choice poll).</summary>
    public static IReadOnlyList<string> Valid(ProgrammeItem? item, IEnumerable<string> choices)
    {
        if (item is null || !item.Descriptor.TakesChoices)
        {
            return [];
        }

        var valid = choices
            .Select(c => item.Options.FirstOrDefault(o => string.Equals(o.Id, c.Trim(), StringComparison.OrdinalIgnoreCase))?.Id)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return item.MultipleChoice || valid.Count <= 1 ? valid : [valid[0]];
    }

    public static string Describe(ProgrammeItem item, IEnumerable<string> choices) =>
        string.Join("; ", choices.Select(c => item.Options.FirstOrDefault(o => o.Id == c) is { } o ? o.Display : c));

    private static bool OnlyOptions(ProgrammeItem item, List<string> tokens) =>
        tokens.All(t => t is "en" or "and" or "of" or "or" || item.Options.Any(o => string.Equals(o.Id, t, StringComparison.OrdinalIgnoreCase)));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Token();
}
