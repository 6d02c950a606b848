namespace SocialeBasisBot.Themes.Clustering;

/// <summary>
/// Spectral embedding of a similarity matrix: a symmetric k-nearest-neighbour graph with self-tuning Gaussian
/// weights (Zelnik-Manor &amp; Perona), normalised as D^-1/2 A D^-1/2, and its leading eigenvectors found by subspace
/// iteration with Rayleigh–Ritz (deterministic start, no random numbers).
/// </summary>
public static class SpectralEmbedding
{
    /// <returns>Eigenvalues (descending) and the n×p eigenvector matrix (row-major).</returns>
    public static (double[] Values, double[] Vectors) Compute(float[] squaredDistances, int n, int p, int neighbours) =>
        Compute([squaredDistances], n, p, neighbours);

    /// <summary>
    /// Several views of the same points (e.g. sentence embedding and TF-IDF): each gets its own kNN graph, normalised
    /// on its own, and the normalised graphs are averaged. With one view this is the single graph above.
    /// </summary>
    public static (double[] Values, double[] Vectors) Compute(IReadOnlyList<float[]> views, int n, int p, int neighbours)
    {
        p = Math.Min(p, n);
        var graphs = views.Select(v => NormalisedGraph(v, n, neighbours)).ToList();
        // Shift by I so all eigenvalues are in [0, 2] and the wanted ones dominate the power iteration.
        // The kNN graph is sparse, so the iteration runs on compressed rows: O(n·k) per step instead of O(n²).
        var rowStart = new int[n + 1];
        var columns = new List<int>(n * neighbours * 2 * views.Count);
        var weights = new List<double>(n * neighbours * 2 * views.Count);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                double sum = 0;
                foreach (var g in graphs) sum += g[i * n + j];
                var w = sum / graphs.Count + (i == j ? 1 : 0);
                if (w == 0) continue;
                columns.Add(j);
                weights.Add(w);
            }
            rowStart[i + 1] = columns.Count;
        }
        var (values, vectors) = SubspaceEigenSolver.Top(new SparseRowMatrix(rowStart, columns.ToArray(), weights.ToArray()), n, p);
        return (values.Select(v => v - 1).ToArray(), vectors);
    }

    // D^-1/2 A D^-1/2 of one view's symmetric kNN graph.
    private static double[] NormalisedGraph(float[] squaredDistances, int n, int neighbours)
    {
        var m = Math.Clamp(neighbours, 2, n - 1);
        // σ_i = distance to the 7th (or m-th) nearest neighbour; A_ij = exp(−d²/(σ_i σ_j)) on the kNN graph.
        var sigma = new double[n];
        var knn = new List<int>[n];
        var order = new int[n];
        var row = new float[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) { order[j] = j; row[j] = j == i ? float.MaxValue : squaredDistances[i * n + j]; }
            Array.Sort((float[])row.Clone(), order);
            knn[i] = order.Take(m).ToList();
            sigma[i] = Math.Sqrt(Math.Max(1e-6, squaredDistances[i * n + order[Math.Min(7, m) - 1]]));
        }
        var a = new double[n * n];
        for (var i = 0; i < n; i++)
            foreach (var j in knn[i])
            {
                var w = Math.Exp(-squaredDistances[i * n + j] / (sigma[i] * sigma[j]));
                a[i * n + j] = Math.Max(a[i * n + j], w);
                a[j * n + i] = Math.Max(a[j * n + i], w);
            }
        var degree = new double[n];
        for (var i = 0; i < n; i++)
        {
            double s = 0;
            for (var j = 0; j < n; j++) s += a[i * n + j];
            degree[i] = s > 0 ? 1 / Math.Sqrt(s) : 0;
        }
        // Written as a·d_i·d_j, in this order, so one view gives the same bits as before views existed.
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                a[i * n + j] = a[i * n + j] * degree[i] * degree[j];
        return a;
    }
}
