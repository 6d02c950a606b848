using System.Text.RegularExpressions;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Benchmarks.Data;

/// <summary>
/// Expected themes from the label scheme in webinar-answers-dev/README.md: only the id (as label) and the one-line
/// description, never an answer text. A second guided source, independent of the programme's example phrases.
/// </summary>
public static partial class ReadmeThemes
{
    [GeneratedRegex(@"^- `(q\d)\.([\w-]+)` — (.+)$", RegexOptions.Multiline)]
    private static partial Regex SchemeLine();

    public static IReadOnlyList<ExpectedTheme> ForQuestion(string readmePath, string question) =>
        SchemeLine().Matches(File.ReadAllText(readmePath))
            .Where(m => m.Groups[1].Value == question)
            .Select(m => new ExpectedTheme
            {
                Id = $"{m.Groups[1].Value}.{m.Groups[2].Value}",
                Label = m.Groups[2].Value.Replace('-', ' '),
                Description = m.Groups[3].Value.Trim(),
            })
            .ToList();
}
