using Microsoft.Extensions.Logging;
using SocialeBasisBot.Themes.Labels;
using SocialeBasisBot.Themes.Providers;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Stage 5 (label): turns the groups into themes: expected themes first (in the request's order of size), then
/// emergent ones by size. Labels and keywords come from the answers' own words (or the key-phrase provider), quotes
/// are the answers closest to the theme's centre, building blocks the ones the theme is closest to.
/// </summary>
public sealed class ThemeNamer(IKeyPhraseExtractor? keyPhrases, Lazy<LabelRule>? labelRule, ILogger logger)
{
    public async Task<NamedThemes> NameAsync(ThemeRequest request, FilteredAnswers filtered, VectorisedAnswers vectors,
        ThemeAssignment assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(filtered);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(assignment);
        var answers = filtered.Answers;
        var points = vectors.Answers;
        var space = vectors.Space;
        var groups = assignment.Groups;
        var notes = new List<string>();
        var labeler = new ThemeLabeler(answers.Select(a => a.Text).ToList(), request.QuestionText, labelRule?.Value);
        var phrases = await KeyPhrasesAsync(answers, notes, cancellationToken);
        var themes = new List<Theme>();
        var emergentNumber = 0;
        foreach (var group in Enumerable.Range(0, answers.Count).Where(i => groups[i] >= 0).GroupBy(i => groups[i])
                     .OrderBy(g => assignment.IsExpected(g.Key) ? 0 : 1).ThenByDescending(g => g.Count()).ThenBy(g => g.Min()))
        {
            var members = group.ToList();
            var centroid = AnswerSpace.Centroid(members.Select(i => points[i]));
            var label = labeler.Label(members);
            var keywords = phrases is null ? label.Keywords : TopPhrases(members.Select(i => phrases[i]));
            // Short answers ("tijd") make poor quotes even when central; a slight penalty prefers a full sentence.
            var representatives = members
                .OrderByDescending(i => space.Similarity(points[i], centroid) * (ChatText.Words(answers[i].Text).Count >= 4 ? 1f : 0.8f))
                .ThenBy(i => i)
                .Take(Math.Min(3, members.Count))
                .Select(i => answers[i].Id)
                .ToList();
            var expected = assignment.IsExpected(group.Key) ? request.ExpectedThemes[group.Key] : null;
            themes.Add(new Theme
            {
                Id = expected?.Id ?? $"thema-{++emergentNumber}",
                Label = expected?.Label ?? label.Label,
                Keywords = keywords,
                AnswerIds = members.Select(i => answers[i].Id).ToList(),
                SecondaryAnswerIds = Enumerable.Range(0, assignment.Secondary.Count)
                    .Where(i => assignment.Secondary[i] == group.Key).Select(i => answers[i].Id).ToList(),
                RepresentativeIds = representatives,
                BuildingBlocks = expected is { BuildingBlocks.Count: > 0 }
                    ? [.. expected.BuildingBlocks]
                    : MatchBlocks(space, centroid, request.BuildingBlocks, vectors.BuildingBlocks),
                Expected = expected is not null,
            });
        }
        return new NamedThemes(themes, phrases is null ? null : keyPhrases?.Name, notes);
    }

    private async Task<IReadOnlyList<IReadOnlyList<string>>?> KeyPhrasesAsync(IReadOnlyList<ThemeAnswer> answers, List<string> notes, CancellationToken cancellationToken)
    {
        if (keyPhrases is null || answers.Count == 0) return null;
        try
        {
            var phrases = await keyPhrases.ExtractAsync(answers.Select(a => ChatText.Clean(a.Text)).ToList(), cancellationToken);
            return phrases.Count == answers.Count ? phrases : throw new InvalidOperationException("key phrase count does not match");
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TimeoutException
                                      or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Key phrase provider {Provider} failed; using offline keywords", keyPhrases.Name);
            notes.Add($"Sleutelwoorden via {keyPhrases.Name} mislukt ({e.GetType().Name}: {e.Message}); offline trefwoorden gebruikt.");
            return null;
        }
    }

    private static List<string> TopPhrases(IEnumerable<IReadOnlyList<string>> phrases) =>
        phrases.SelectMany(p => p.Select(x => x.ToLowerInvariant()).Distinct())
            .GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(5).Select(g => g.Key).ToList();

    private static List<string> MatchBlocks(AnswerSpace space, AnswerPoint centroid, IReadOnlyList<BuildingBlockText> blocks, IReadOnlyList<AnswerPoint> blockPoints)
    {
        if (blocks.Count <= 1) return blocks.Select(b => b.Id).ToList();
        var scores = blockPoints.Select(p => space.Similarity(centroid, p)).ToList();
        var best = scores.Max();
        // Both blocks when they are about equally close: a theme can serve both building blocks.
        return blocks.Where((_, i) => scores[i] >= best - 0.02f).Select(b => b.Id).ToList();
    }
}
