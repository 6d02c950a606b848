using SocialeBasisBot.Themes.Clustering;
using SocialeBasisBot.Themes.Configuration;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Emergent themes: Ward clustering on the combined space, the number of themes chosen by the best mean
/// silhouette, clusters below the minimum size left as "Overig" (label −1). Above <see cref="SampleSize"/> answers
/// a deterministic stride sample is clustered and the rest join the nearest theme, so the cost grows linearly.
/// </summary>
public sealed class EmergentClusterer(AnswerSpace space, int maxThemes, int minThemeSize, int sampleSize)
{
    public int SampleSize { get; } = sampleSize;

    /// <summary>Stage 4 (cluster): groups the answers the assign stage left over into emergent themes.</summary>
    public ThemeAssignment ClusterRest(ThemeAssignment assignment, IReadOnlyList<AnswerPoint> points, int? forcedK = null)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(points);
        var rest = assignment.UnassignedIndices();
        var emergent = Cluster(rest.Select(i => points[i]).ToList(), forcedK);
        var groups = assignment.Groups.ToArray();
        for (var r = 0; r < rest.Count; r++)
            if (emergent[r] >= 0) groups[rest[r]] = assignment.ExpectedCount + emergent[r];
        return assignment with { Groups = groups };
    }

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
        // The embedding's and the TF-IDF's own distances, for a spectral graph of several views (null: one graph).
        var views = Algorithm == ClusteringAlgorithm.Spectral && Graph == SpectralGraph.Views && sample.All(i => points[i].Embedding is not null)
            ? new[] { new float[m * m], new float[m * m] }
            : null;
        // Rows in parallel (each pair written by exactly one row): the O(m²) similarity pass is the largest cost.
        Parallel.For(0, m, i =>
        {
            for (var j = i + 1; j < m; j++)
            {
                var (embedding, text, combined) = space.Views(points[sample[i]], points[sample[j]]);
                var d2 = Math.Max(0f, 2f - 2f * combined);
                distances[i * m + j] = d2;
                distances[j * m + i] = d2;
                if (views is null) continue;
                views[0][i * m + j] = views[0][j * m + i] = Math.Max(0f, 2f - 2f * embedding!.Value);
                views[1][i * m + j] = views[1][j * m + i] = Math.Max(0f, 2f - 2f * text);
            }
        });
        var sampleLabels = Algorithm == ClusteringAlgorithm.Ward
            ? WardLabels(distances, m, forcedK)
            : SpectralLabels(views is null ? [distances] : [views[0], views[1], distances], m, forcedK);
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

    public ClusteringAlgorithm Algorithm { get; init; } = ClusteringAlgorithm.Spectral;

    /// <summary>Spectral clustering's graph: the embedding, TF-IDF and combined views averaged, or the combined one.</summary>
    public SpectralGraph Graph { get; init; } = SpectralGraph.Views;

    /// <summary>How spectral clustering picks the number of themes (Ward always uses the silhouette).</summary>
    public ThemeCountMethod KSelection { get; init; } = ThemeCountMethod.Silhouette;

    // At most about √n themes: 50 answers → 7, 80 → 9, more than 144 → MaxThemes. A facilitator reads out a handful.
    private int KMax(int m) => Math.Clamp((int)Math.Round(Math.Sqrt(m)), 2, maxThemes);

    private int[] WardLabels(float[] squared, int m, int? forcedK)
    {
        var merges = WardClustering.Build(squared, m);
        var distances = squared.Select(MathF.Sqrt).ToArray();
        if (forcedK is { } k) return WardClustering.Cut(merges, m, Math.Clamp(k, 1, m));
        var labels = WardClustering.Cut(merges, m, 2);
        var best = double.MinValue;
        for (var candidate = 2; candidate <= KMax(m); candidate++)
        {
            var cut = WardClustering.Cut(merges, m, candidate);
            var score = Silhouette.Mean(distances, m, cut);
            if (score > best + 1e-9) { best = score; labels = cut; }
        }
        return labels;
    }

    // Spectral clustering on a kNN graph: robust to the uneven density of short chat answers, where Ward or
    // average linkage put most answers in one cluster. k-means on the row-normalised leading eigenvectors.
    // Each view (embedding, TF-IDF, combined) has its own graph: an answer near another only in its words, or only in
    // its glossed meaning, keeps that edge, where one graph on the mixed similarity kept only the neighbours of the mix
    // (dev emergent ARI 0.150 → 0.190, mean over 20 subsamples 0.135 → 0.152; docs/themes.md, session 6).
    private int[] SpectralLabels(IReadOnlyList<float[]> views, int m, int? forcedK)
    {
        if (m < 4) return new int[m];
        var kMax = forcedK is { } fk ? Math.Clamp(fk, 1, m - 1) : KMax(m);
        var neighbours = Math.Clamp((int)Math.Round(Math.Sqrt(m)), 5, 15);
        var (values, vectors) = SpectralEmbedding.Compute(views, m, Math.Min(m, kMax + 1), neighbours);
        var p = values.Length;
        int[] LabelsFor(int k)
        {
            var points = new double[m * k];
            for (var i = 0; i < m; i++)
            {
                double norm = 0;
                for (var c = 0; c < k; c++) norm += vectors[i * p + c] * vectors[i * p + c];
                norm = Math.Sqrt(norm);
                for (var c = 0; c < k; c++) points[i * k + c] = norm > 1e-12 ? vectors[i * p + c] / norm : 0;
            }
            return KMeans.Cluster(points, m, k, k);
        }
        if (forcedK is not null) return LabelsFor(kMax);
        if (KSelection == ThemeCountMethod.Eigengap)
        {
            var bestK = Enumerable.Range(2, Math.Max(1, Math.Min(kMax, p - 1) - 1)).OrderByDescending(k => values[k - 1] - values[k]).ThenBy(k => k).First();
            return LabelsFor(bestK);
        }
        // Silhouette in the spectral embedding, where the graph's clusters are compact; in the raw similarity space it
        // was noisy and favoured many small themes (dev ARI 0.13 there, 0.17 here).
        var distances = SpectralDistances(vectors, m, p);
        var candidates = Enumerable.Range(2, kMax - 1).Select(k =>
        {
            var labels = LabelsFor(k);
            return (Labels: labels, Score: Silhouette.Mean(distances, m, labels));
        }).ToList();
        var best = candidates.Max(c => c.Score);
        // The first k with the best silhouette. Preferring a smaller k within 5–15% of the best was tried and lost
        // (dev ARI 0.13 → 0.10–0.14, SIB-200 fell to k = 2).
        return candidates.First(c => c.Score >= best - 1e-9).Labels;
    }

    private static float[] SpectralDistances(double[] vectors, int m, int p)
    {
        var rows = new double[m * p];
        for (var i = 0; i < m; i++)
        {
            double norm = 0;
            for (var c = 0; c < p; c++) norm += vectors[i * p + c] * vectors[i * p + c];
            norm = Math.Sqrt(norm);
            for (var c = 0; c < p; c++) rows[i * p + c] = norm > 1e-12 ? vectors[i * p + c] / norm : 0;
        }
        var d = new float[m * m];
        for (var i = 0; i < m; i++)
            for (var j = i + 1; j < m; j++)
            {
                double s = 0;
                for (var c = 0; c < p; c++) { var x = rows[i * p + c] - rows[j * p + c]; s += x * x; }
                d[i * m + j] = d[j * m + i] = (float)Math.Sqrt(s);
            }
        return d;
    }

    private int MinSize(int n) => Math.Max(minThemeSize, (int)Math.Ceiling(0.03 * n));

    private static int[] Renumber(int[] labels)
    {
        var map = new Dictionary<int, int>();
        return labels.Select(l => l < 0 ? -1 : map.TryGetValue(l, out var v) ? v : map[l] = map.Count).ToArray();
    }
}
