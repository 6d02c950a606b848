namespace SocialeBasisBot.Themes.Clustering;

/// <summary>
/// Leading eigenpairs of a sparse symmetric matrix by subspace iteration with Rayleigh–Ritz (Jacobi on the small
/// projected matrix), from a fixed start: deterministic, no random numbers. The wanted eigenvalues must dominate in
/// magnitude (callers shift the matrix so that all eigenvalues are non-negative).
/// </summary>
// Hand-written: MathNet.Numerics 5 has only a dense EVD, 2.7 s against 0.29 s here for 13 vectors of a 1 200-node kNN graph.
public static class SubspaceEigenSolver
{
    /// <summary>The <paramref name="p"/> largest eigenvalues (descending) and their eigenvectors (n×p, row-major) of a
    /// symmetric positive semi-definite matrix.</summary>
    public static (double[] Values, double[] Vectors) Top(SparseRowMatrix a, int n, int p)
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
        return (values, q);
    }

    private static void Multiply(SparseRowMatrix a, double[] q, double[] z, int n, int p)
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
    private static (double[] Values, double[] Vectors) RayleighRitz(SparseRowMatrix a, double[] q, int n, int p)
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

    /// <summary>All eigenvalues (unordered) and eigenvectors (columns of a p×p row-major matrix) of a small symmetric matrix.</summary>
    internal static (double[] Values, double[] Vectors) Jacobi(double[] h, int p)
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
