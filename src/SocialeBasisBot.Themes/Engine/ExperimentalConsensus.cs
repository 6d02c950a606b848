using SocialeBasisBot.Themes.Clustering;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Experiment (session 6): evidence accumulation. Several labellings (k = 2 … kMax, several graph sizes) vote on
/// every pair; the co-association matrix is clustered by average linkage on 1 − C.
/// </summary>
internal static class ExperimentalConsensus
{
    public static int[] Cluster(IReadOnlyList<int[]> labellings, int m, int kMin, int kMax, int? forcedK, int mode)
    {
        var d = new double[m * m];
        foreach (var labels in labellings)
            for (var i = 0; i < m; i++)
                for (var j = i + 1; j < m; j++)
                    if (labels[i] == labels[j]) { d[i * m + j] += 1; d[j * m + i] += 1; }
        for (var i = 0; i < d.Length; i++) d[i] = 1 - d[i] / labellings.Count;
        for (var i = 0; i < m; i++) d[i * m + i] = 0;
        var merges = AverageLinkage(d, m);
        if (forcedK is { } fk) return WardClustering.Cut(merges, m, fk);
        var distances = d.Select(x => (float)x).ToArray();
        var best = double.MinValue;
        int[]? chosen = null;
        for (var k = kMin; k <= kMax; k++)
        {
            // Lifetime of k clusters: from the merge that made them to the merge that ends them (heights ascending).
            double score;
            if (mode == 1)
            {
                var end = merges[m - k].Height;
                var start = m - k - 1 >= 0 ? merges[m - k - 1].Height : 0;
                score = end - start;
            }
            else
            {
                score = Silhouette.Mean(distances, m, WardClustering.Cut(merges, m, k));
            }
            if (score > best + 1e-9) { best = score; chosen = WardClustering.Cut(merges, m, k); }
        }
        return chosen ?? new int[m];
    }

    // Nearest-neighbour chain with the Lance–Williams update for average linkage (reducible, so the chain is exact).
    private static List<WardClustering.Merge> AverageLinkage(double[] source, int n)
    {
        var d = (double[])source.Clone();
        var size = new int[n];
        var active = new bool[n];
        var clusterId = new int[n];
        for (var i = 0; i < n; i++) { size[i] = 1; active[i] = true; clusterId[i] = i; }
        var raw = new List<(int IdA, int IdB, double Height)>(n - 1);
        var chain = new List<int>(n);
        var remaining = n;
        while (remaining > 1)
        {
            if (chain.Count == 0)
                for (var i = 0; i < n; i++)
                    if (active[i]) { chain.Add(i); break; }
            var a = chain[^1];
            var previous = chain.Count >= 2 ? chain[^2] : -1;
            var best = previous;
            var bestDistance = previous >= 0 ? d[a * n + previous] : double.MaxValue;
            for (var j = 0; j < n; j++)
            {
                if (!active[j] || j == a) continue;
                var dj = d[a * n + j];
                if (dj < bestDistance) { bestDistance = dj; best = j; }
            }
            if (best == previous)
            {
                chain.RemoveAt(chain.Count - 1);
                chain.RemoveAt(chain.Count - 1);
                var (keep, drop) = a < best ? (a, best) : (best, a);
                raw.Add((clusterId[keep], clusterId[drop], bestDistance));
                var sk = size[keep];
                var sd = size[drop];
                for (var j = 0; j < n; j++)
                {
                    if (!active[j] || j == keep || j == drop) continue;
                    var value = (sk * d[keep * n + j] + sd * d[drop * n + j]) / (sk + sd);
                    d[keep * n + j] = value;
                    d[j * n + keep] = value;
                }
                active[drop] = false;
                size[keep] = sk + sd;
                clusterId[keep] = n + raw.Count - 1;
                remaining--;
            }
            else
            {
                chain.Add(best);
            }
        }
        var order = Enumerable.Range(0, raw.Count).OrderBy(i => raw[i].Height).ThenBy(i => i).ToList();
        var newId = new Dictionary<int, int>();
        var result = new List<WardClustering.Merge>(raw.Count);
        foreach (var i in order)
        {
            var (idA, idB, height) = raw[i];
            var x = idA < n ? idA : newId[idA];
            var y = idB < n ? idB : newId[idB];
            newId[n + i] = n + result.Count;
            result.Add(new WardClustering.Merge(x, y, height));
        }
        return result;
    }
}
