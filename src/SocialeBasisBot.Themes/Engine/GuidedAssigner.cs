namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Guided mode: each expected theme is represented by its label + description and its example phrases. An answer's
/// score for a theme is the mean similarity to its two closest prototypes, centred per theme and smoothed over the
/// answer's nearest neighbours; it joins the best theme when the score reaches the threshold. Two refinement rounds
/// then mix in the centroid of the answers that joined, so the theme learns the participants' own words.
/// </summary>
/// <remarks>Stage 3 (assign) of the pipeline: with no expected themes every answer stays unassigned.</remarks>
public sealed class GuidedAssigner(AnswerSpace space, double threshold)
{
    public static ThemeAssignment Assign(VectorisedAnswers answers, double threshold)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers.Prototypes.Count == 0
            ? ThemeAssignment.Unassigned(answers.Answers.Count, 0)
            : new ThemeAssignment(new GuidedAssigner(answers.Space, threshold).Assign(answers.Answers, answers.Prototypes), answers.Prototypes.Count);
    }

    public int[] Assign(IReadOnlyList<AnswerPoint> answers, IReadOnlyList<IReadOnlyList<AnswerPoint>> prototypes)
    {
        var n = answers.Count;
        var t = prototypes.Count;
        var protoScore = new float[n, t];
        for (var i = 0; i < n; i++)
            for (var k = 0; k < t; k++)
                protoScore[i, k] = prototypes[k].Count == 0 ? float.MinValue : Score(answers[i], prototypes[k]);
        protoScore = Smooth(answers, protoScore, n, t);
        Centre(protoScore, n, t);
        var labels = Pick(n, t, (i, k) => protoScore[i, k]);
        for (var round = 0; round < 2; round++)
        {
            var centroids = Enumerable.Range(0, t)
                .Select(k => Enumerable.Range(0, n).Where(i => labels[i] == k).Select(i => answers[i]).ToList())
                .Select(members => members.Count == 0 ? null : AnswerSpace.Centroid(members))
                .ToArray();
            labels = Pick(n, t, (i, k) => centroids[k] is { } c
                ? 0.5f * protoScore[i, k] + 0.5f * space.Similarity(answers[i], c)
                : protoScore[i, k]);
        }
        return labels;
    }

    // Mean of the two closest prototypes: one matching example alone is weak evidence (dev guided ARI: max 0.35,
    // top-2 0.48, top-3 0.44, with centring).
    private float Score(AnswerPoint answer, IReadOnlyList<AnswerPoint> prototypes) =>
        prototypes.Select(p => space.Similarity(answer, p)).OrderDescending().Take(2).Average();

    // Some descriptions are close to every answer (general words); centring each theme's scores removes that pull.
    private void Centre(float[,] scores, int n, int t)
    {
        for (var k = 0; k < t; k++)
        {
            float mean = 0;
            for (var i = 0; i < n; i++) mean += scores[i, k];
            mean /= n;
            for (var i = 0; i < n; i++) scores[i, k] += (float)threshold - mean;
        }
    }

    // Short answers share few words with a description; their nearest fellow answers often do. Each answer's
    // score for a theme is mixed with the mean score of its nearest neighbours (a step of label propagation).
    // Each pair's similarity is computed once (it is symmetric to the bit: both parts sum in index order) and only the
    // nearest few are kept per answer, instead of sorting all answers for every answer: at `sluit` of 500 answers this
    // stage was the largest after vectorise (docs/benchmarks.md, session 5).
    private float[,] Smooth(IReadOnlyList<AnswerPoint> answers, float[,] scores, int n, int t)
    {
        if (n < 4) return scores;
        var similarity = new float[n, n];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                similarity[i, j] = similarity[j, i] = space.Similarity(answers[i], answers[j]);
        var take = Math.Min(Neighbours, n - 1);
        var nearest = new int[take];
        var smoothed = new float[n, t];
        for (var i = 0; i < n; i++)
        {
            var found = 0;
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                // Insert j among the nearest so far: higher similarity first, the lower index first on a tie (j rises,
                // so an equal similarity already kept stays ahead).
                var s = similarity[i, j];
                if (found == take && s <= similarity[i, nearest[take - 1]]) continue;
                var at = found < take ? found++ : take - 1;
                while (at > 0 && similarity[i, nearest[at - 1]] < s)
                {
                    nearest[at] = nearest[at - 1];
                    at--;
                }
                nearest[at] = j;
            }
            for (var k = 0; k < t; k++)
            {
                // Summed in double, as Enumerable.Average over floats does, so the figures stay as they were.
                double sum = 0;
                for (var m = 0; m < take; m++) sum += scores[nearest[m], k];
                smoothed[i, k] = (1 - NeighbourWeight) * scores[i, k] + NeighbourWeight * (float)(sum / take);
            }
        }
        return smoothed;
    }

    // Tuned on the dev answers (guided ARI 0.366 without smoothing, 0.380 with 5 neighbours at 0.3).
    private const int Neighbours = 5;
    private const float NeighbourWeight = 0.3f;

    private int[] Pick(int n, int t, Func<int, int, float> score)
    {
        var labels = new int[n];
        for (var i = 0; i < n; i++)
        {
            var best = -1;
            var bestScore = float.MinValue;
            for (var k = 0; k < t; k++)
            {
                var s = score(i, k);
                if (s > bestScore) { bestScore = s; best = k; }
            }
            labels[i] = bestScore >= threshold ? best : -1;
        }
        return labels;
    }
}
