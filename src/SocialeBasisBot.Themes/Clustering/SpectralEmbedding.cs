namespace SocialeBasisBot.Themes.Clustering;

/// <summary>
/// Spectral embedding of a similarity matrix: a symmetric k-nearest-neighbour graph with self-tuning Gaussian
/// weights (Zelnik-Manor &amp; Perona), normalised as D^-1/2 A D^-1/2, and its leading eigenvectors found by subspace
/// iteration with Rayleigh–Ritz (deterministic start, no random numbers).
/// </summary>
public static class SpectralEmbedding
{
    /// <returns>Eigenvalues (descending) and the n×p eigenvector matrix (row-major).</returns>
    public static (double[] Values, double[] Vectors) Compute(float[] squaredDistances, int n, int p, int neighbours)
    {
        p = Math.Min(p, n);
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
        // Shift by I so all eigenvalues are in [0, 2] and the wanted ones dominate the power iteration.
        // The kNN graph is sparse, so the iteration runs on compressed rows: O(n·k) per step instead of O(n²).
        var rowStart = new int[n + 1];
        var columns = new List<int>(n * m * 2);
        var weights = new List<double>(n * m * 2);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var w = a[i * n + j] * degree[i] * degree[j] + (i == j ? 1 : 0);
                if (w == 0) continue;
                columns.Add(j);
                weights.Add(w);
            }
            rowStart[i + 1] = columns.Count;
        }
        return TopEigen(new SparseMatrix(rowStart, columns.ToArray(), weights.ToArray()), n, p);
    }

    private sealed record SparseMatrix(int[] RowStart, int[] Columns, double[] Weights);

    private static (double[] Values, double[] Vectors) TopEigen(SparseMatrix a, int n, int p)
    {
        var q = new double[n * p];
        for (var i = 0; i < n; i++)
            for (var c = 0; c < p; c++)
                q[i * p + c] = Math.Sin((i + 1) * (c + 1) * 0.7) + (c == i % p ? 1 : 0); // fixed, well-spread start
        Orthonormalise(q, n, p);
        var z = new double[n * p];
        double[] values = new double[p];
        for (var iteration = 0; iteration < 300; iteration++)
        {
            Multiply(a, q, z, n, p);
            Orthonormalise(z, n, p);
            (q, z) = (z, q);
            if (iteration % 10 == 9 || iteration == 299)
            {
                var (newValues, rotated) = RayleighRitz(a, q, n, p);
                var converged = newValues.Zip(values).All(x => Math.Abs(x.First - x.Second) < 1e-7);
                values = newValues;
                q = rotated;
                if (converged) break;
            }
        }
        return (values.Select(v => v - 1).ToArray(), q);
    }

    private static void Multiply(SparseMatrix a, double[] q, double[] z, int n, int p)
    {
        Array.Clear(z);
        for (var i = 0; i < n; i++)
            for (var e = a.RowStart[i]; e < a.RowStart[i + 1]; e++)
            {
                var k = a.Columns[e];
                var aik = a.Weights[e];
                for (var c = 0; c < p; c++) z[i * p + c] += aik * q[k * p + c];
            }
    }

    private static void Orthonormalise(double[] q, int n, int p)
    {
        for (var c = 0; c < p; c++)
        {
            for (var prev = 0; prev < c; prev++)
            {
                double dot = 0;
                for (var i = 0; i < n; i++) dot += q[i * p + c] * q[i * p + prev];
                for (var i = 0; i < n; i++) q[i * p + c] -= dot * q[i * p + prev];
            }
            double norm = 0;
            for (var i = 0; i < n; i++) norm += q[i * p + c] * q[i * p + c];
            norm = Math.Sqrt(norm);
            for (var i = 0; i < n; i++) q[i * p + c] = norm > 1e-12 ? q[i * p + c] / norm : 0;
        }
    }

    // Projects A on span(Q), diagonalises the small p×p matrix (Jacobi) and rotates Q onto its eigenvectors.
    private static (double[] Values, double[] Vectors) RayleighRitz(SparseMatrix a, double[] q, int n, int p)
    {
        var aq = new double[n * p];
        Multiply(a, q, aq, n, p);
        var h = new double[p * p];
        for (var r = 0; r < p; r++)
            for (var c = 0; c < p; c++)
            {
                double s = 0;
                for (var i = 0; i < n; i++) s += q[i * p + r] * aq[i * p + c];
                h[r * p + c] = s;
            }
        var (values, vectors) = Jacobi(h, p);
        var order = Enumerable.Range(0, p).OrderByDescending(i => values[i]).ToArray();
        var rotated = new double[n * p];
        for (var i = 0; i < n; i++)
            for (var c = 0; c < p; c++)
            {
                double s = 0;
                for (var r = 0; r < p; r++) s += q[i * p + r] * vectors[r * p + order[c]];
                rotated[i * p + c] = s;
            }
        return (order.Select(i => values[i]).ToArray(), rotated);
    }

    private static (double[] Values, double[] Vectors) Jacobi(double[] h, int p)
    {
        var m = (double[])h.Clone();
        var v = new double[p * p];
        for (var i = 0; i < p; i++) v[i * p + i] = 1;
        for (var sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (var i = 0; i < p; i++) for (var j = i + 1; j < p; j++) off += m[i * p + j] * m[i * p + j];
            if (off < 1e-20) break;
            for (var i = 0; i < p; i++)
                for (var j = i + 1; j < p; j++)
                {
                    var mij = m[i * p + j];
                    if (Math.Abs(mij) < 1e-15) continue;
                    var theta = (m[j * p + j] - m[i * p + i]) / (2 * mij);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    var cos = 1 / Math.Sqrt(t * t + 1);
                    var sin = t * cos;
                    for (var k = 0; k < p; k++)
                    {
                        var mki = m[k * p + i];
                        var mkj = m[k * p + j];
                        m[k * p + i] = cos * mki - sin * mkj;
                        m[k * p + j] = sin * mki + cos * mkj;
                    }
                    for (var k = 0; k < p; k++)
                    {
                        var mik = m[i * p + k];
                        var mjk = m[j * p + k];
                        m[i * p + k] = cos * mik - sin * mjk;
                        m[j * p + k] = sin * mik + cos * mjk;
                    }
                    for (var k = 0; k < p; k++)
                    {
                        var vki = v[k * p + i];
                        var vkj = v[k * p + j];
                        v[k * p + i] = cos * vki - sin * vkj;
                        v[k * p + j] = sin * vki + cos * vkj;
                    }
                }
        }
        return (Enumerable.Range(0, p).Select(i => m[i * p + i]).ToArray(), v);
    }
}
