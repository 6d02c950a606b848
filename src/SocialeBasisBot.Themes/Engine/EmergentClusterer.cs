using SocialeBasisBot.Themes.Clustering;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Emergent themes: Ward clustering on the combined space, the number of themes chosen by the best mean
/// silhouette, clusters below the minimum size left as "Overig" (label −1). Above <see cref="SampleSize"/> answers
/// a deterministic stride sample is clustered and the rest join the nearest theme, so the cost grows linearly.
/// </summary>
public sealed class EmergentClusterer(AnswerSpace space, int maxThemes, int minThemeSize, int sampleSize)
{
    public int SampleSize { get; } = sampleSize;

    /// <summary>Returns one label per point (−1 = Overig); <paramref name="forcedK"/> skips the choice of k.</summary>
    public int[] Cluster(IReadOnlyList<AnswerPoint> points, int? forcedK = null)
    {
        var n = points.Count;
        var labels = Enumerable.Repeat(-1, n).ToArray();
        var minSize = MinSize(n);
        if (n < Math.Max(2, minSize)) return labels;
        var sample = n <= SampleSize
            ? Enumerable.Range(0, n).ToArray()
            : Enumerable.Range(0, SampleSize).Select(i => (int)((long)i * n / SampleSize)).ToArray();
        var m = sample.Length;
        var distances = new float[m * m];
        for (var i = 0; i < m; i++)
            for (var j = i + 1; j < m; j++)
            {
                var d2 = Math.Max(0f, 2f - 2f * space.Similarity(points[sample[i]], points[sample[j]]));
                distances[i * m + j] = d2;
                distances[j * m + i] = d2;
            }
        var merges = WardClustering.Build(distances, m);
        for (var i = 0; i < distances.Length; i++) distances[i] = MathF.Sqrt(distances[i]);
        int[] sampleLabels;
        if (forcedK is { } k)
        {
            sampleLabels = WardClustering.Cut(merges, m, Math.Clamp(k, 1, m));
        }
        else
        {
            var kMax = Math.Clamp(m / 4, 2, maxThemes);
            sampleLabels = WardClustering.Cut(merges, m, 2);
            var best = double.MinValue;
            for (var candidate = 2; candidate <= kMax; candidate++)
            {
                var cut = WardClustering.Cut(merges, m, candidate);
                var score = Silhouette.Mean(distances, m, cut);
                if (score > best + 1e-9) { best = score; sampleLabels = cut; }
            }
        }
        var sampleMinSize = n == m ? minSize : Math.Max(2, (int)Math.Ceiling((double)minSize * m / n));
        var kept = sampleLabels.GroupBy(l => l).Where(g => g.Count() >= sampleMinSize).Select(g => g.Key).ToHashSet();
        for (var i = 0; i < m; i++)
            labels[sample[i]] = kept.Contains(sampleLabels[i]) ? sampleLabels[i] : -1;
        if (n > m)
        {
            var centroids = kept.Order().ToDictionary(
                c => c, c => AnswerSpace.Centroid(Enumerable.Range(0, m).Where(i => sampleLabels[i] == c).Select(i => points[sample[i]])));
            var inSample = sample.ToHashSet();
            for (var i = 0; i < n; i++)
            {
                if (inSample.Contains(i)) continue;
                var bestLabel = -1;
                var bestSim = float.MinValue;
                foreach (var (c, centroid) in centroids)
                {
                    var s = space.Similarity(points[i], centroid);
                    if (s > bestSim) { bestSim = s; bestLabel = c; }
                }
                labels[i] = bestLabel;
            }
        }
        return Renumber(labels);
    }

    private int MinSize(int n) => Math.Max(minThemeSize, (int)Math.Ceiling(0.03 * n));

    private static int[] Renumber(int[] labels)
    {
        var map = new Dictionary<int, int>();
        return labels.Select(l => l < 0 ? -1 : map.TryGetValue(l, out var v) ? v : map[l] = map.Count).ToArray();
    }
}
