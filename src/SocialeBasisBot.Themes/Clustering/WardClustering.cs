namespace SocialeBasisBot.Themes.Clustering;

/// <summary>
/// Ward agglomerative clustering with the nearest-neighbour-chain algorithm: O(n²) time and memory, exact and
/// deterministic. Ward suits short answers better than average linkage, which leaves one giant cluster plus crumbs.
/// </summary>
public static class WardClustering
{
    /// <summary>One merge: clusters <paramref name="A"/> and <paramref name="B"/> (ids; the merge gets id n + step).</summary>
    public readonly record struct Merge(int A, int B, double Height);

    /// <param name="squaredDistances">n×n row-major squared Euclidean distances (copied, not modified).</param>
    public static IReadOnlyList<Merge> Build(float[] squaredDistances, int n)
    {
        if (n < 2) return [];
        var d = new double[n * n];
        for (var i = 0; i < d.Length; i++) d[i] = squaredDistances[i];
        var size = new int[n];
        var active = new bool[n];
        var clusterId = new int[n]; // slot → dendrogram id
        for (var i = 0; i < n; i++) { size[i] = 1; active[i] = true; clusterId[i] = i; }
        var raw = new List<(int SlotA, int SlotB, int IdA, int IdB, double Height)>(n - 1);
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
                raw.Add((keep, drop, clusterId[keep], clusterId[drop], bestDistance));
                // Lance–Williams update for Ward on squared distances.
                var sk = size[keep];
                var sd = size[drop];
                for (var j = 0; j < n; j++)
                {
                    if (!active[j] || j == keep || j == drop) continue;
                    var sj = size[j];
                    var value = ((sk + sj) * d[keep * n + j] + (sd + sj) * d[drop * n + j] - sj * bestDistance) / (sk + sd + sj);
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
        // NN-chain finds merges out of height order; a dendrogram cut needs them sorted (stable for determinism).
        var order = Enumerable.Range(0, raw.Count).OrderBy(i => raw[i].Height).ThenBy(i => i).ToList();
        var newId = new Dictionary<int, int>();
        var result = new List<Merge>(raw.Count);
        foreach (var i in order)
        {
            var (_, _, idA, idB, height) = raw[i];
            var a = idA < n ? idA : newId[idA];
            var b = idB < n ? idB : newId[idB];
            newId[n + i] = n + result.Count;
            result.Add(new Merge(a, b, height));
        }
        return result;
    }

    /// <summary>Labels 0..k-1 for each of the n items after undoing the last k-1 merges.</summary>
    public static int[] Cut(IReadOnlyList<Merge> merges, int n, int k)
    {
        var parent = Enumerable.Range(0, 2 * n).ToArray();
        int Find(int x)
        {
            while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        }
        var steps = Math.Max(0, n - Math.Max(1, k));
        for (var s = 0; s < steps && s < merges.Count; s++)
        {
            var merged = n + s;
            parent[Find(merges[s].A)] = merged;
            parent[Find(merges[s].B)] = merged;
        }
        var labels = new int[n];
        var map = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            var root = Find(i);
            if (!map.TryGetValue(root, out var label)) { label = map.Count; map[root] = label; }
            labels[i] = label;
        }
        return labels;
    }
}
