namespace SocialeBasisBot.Themes.Clustering;

/// <summary>A sparse matrix in compressed rows: row i's entries are Columns/Weights[RowStart[i]..RowStart[i + 1]).</summary>
public sealed record SparseRowMatrix(int[] RowStart, int[] Columns, double[] Weights)
{
    /// <summary>Compresses an n×n row-major dense matrix, leaving out zeros.</summary>
    public static SparseRowMatrix FromDense(double[] dense, int n)
    {
        ArgumentNullException.ThrowIfNull(dense);
        var rowStart = new int[n + 1];
        var columns = new List<int>();
        var weights = new List<double>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (dense[i * n + j] == 0) continue;
                columns.Add(j);
                weights.Add(dense[i * n + j]);
            }
            rowStart[i + 1] = columns.Count;
        }
        return new SparseRowMatrix(rowStart, [.. columns], [.. weights]);
    }
}
