using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Core.Tests.Summaries;

/// <summary>
/// A small theme engine for tests: an answer joins the first theme whose keyword it contains, greetings are
/// off-topic, the rest is unassigned. Its result is derived from the answers it is given, like the real engine's.
/// </summary>
internal sealed class KeywordThemeEngine(params (string Keyword, string Label, string[] Blocks)[] themes) : IThemeEngine
{
    private static readonly string[] OffTopicWords = ["hallo", "goedemiddag", "geluid"];

    public List<ThemeRequest> Requests { get; } = [];

    public Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        var offTopic = request.Answers
            .Where(a => OffTopicWords.Any(w => a.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        // As the real engine: an empty quote-reply of an answer is support for it, not a theme member.
        var support = request.Answers
            .Where(a => a.QuotedAnswerId is not null && a.Text.Trim().Length == 0)
            .Select(a => new ThemeSupport(a.Id, a.QuotedAnswerId))
            .ToList();
        var rest = request.Answers.Except(offTopic).Where(a => support.All(s => s.AnswerId != a.Id)).ToList();
        var found = new List<Theme>();
        var assigned = new HashSet<string>();
        foreach (var (keyword, label, blocks) in themes)
        {
            var members = rest
                .Where(a => !assigned.Contains(a.Id) && a.Text.Contains(keyword, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (members.Count == 0)
                continue;
            assigned.UnionWith(members.Select(m => m.Id));
            found.Add(new Theme
            {
                Id = keyword,
                Label = label,
                Keywords = [keyword],
                AnswerIds = members.Select(m => m.Id).ToList(),
                // Longest first, like an engine that prefers the most telling answer.
                RepresentativeIds = members.OrderByDescending(m => m.Text.Length).Select(m => m.Id).Take(3).ToList(),
                BuildingBlocks = blocks,
                Expected = request.ExpectedThemes.Any(e => e.Label == label),
            });
        }

        return Task.FromResult(new ThemeResult
        {
            Themes = found,
            OffTopic = offTopic.Select(a => a.Id).ToList(),
            Support = support,
            Unassigned = rest.Where(a => !assigned.Contains(a.Id)).Select(a => a.Id).ToList(),
            Settings = new ThemeSettings
            {
                Mode = request.ExpectedThemes.Count > 0 ? "guided" : "emergent",
                Embeddings = "keyword-test-double",
                ThemeCount = found.Count,
            },
        });
    }
}
