using SocialeBasisBot.Themes.Clustering;

namespace SocialeBasisBot.Themes.Tests.Clustering;

public sealed class SubspaceEigenSolverTests
{
    // [[2,1],[1,2]] has eigenvalues 3 ((1,1)/√2) and 1 ((1,−1)/√2); the other two axes are eigenvectors themselves.
    private static readonly double[] Matrix =
    [
        2, 1, 0, 0,
        1, 2, 0, 0,
        0, 0, 5, 0,
        0, 0, 0, 0.5,
    ];

    [Fact]
    public void Finds_the_largest_eigenvalues_in_descending_order_with_their_eigenvectors()
    {
        var (values, vectors) = SubspaceEigenSolver.Top(SparseRowMatrix.FromDense(Matrix, 4), 4, 3);

        Assert.Equal([5, 3, 1], values.Select(v => Math.Round(v, 6)));
        var s = 1 / Math.Sqrt(2);
        AssertColumn(vectors, 3, 0, [0, 0, 1, 0]);
        AssertColumn(vectors, 3, 1, [s, s, 0, 0]);
        AssertColumn(vectors, 3, 2, [s, -s, 0, 0]);
    }

    [Fact]
    public void Each_returned_pair_satisfies_A_v_equals_lambda_v()
    {
        var (values, vectors) = SubspaceEigenSolver.Top(SparseRowMatrix.FromDense(Matrix, 4), 4, 2);
        for (var c = 0; c < 2; c++)
            for (var i = 0; i < 4; i++)
            {
                var av = Enumerable.Range(0, 4).Sum(k => Matrix[i * 4 + k] * vectors[k * 2 + c]);
                Assert.Equal(values[c] * vectors[i * 2 + c], av, 6);
            }
    }

    [Fact]
    public void Jacobi_diagonalises_a_small_symmetric_matrix()
    {
        // [[4,1],[1,4]]: eigenvalues 5 and 3.
        var (values, vectors) = SubspaceEigenSolver.Jacobi([4, 1, 1, 4], 2);
        Assert.Equal([3, 5], values.Select(v => Math.Round(v, 9)).Order());
        var five = Array.IndexOf(values, values.Max());
        Assert.Equal(1, Math.Abs(vectors[0 * 2 + five] + vectors[1 * 2 + five]) / Math.Sqrt(2), 9);
    }

    // Eigenvectors are defined up to sign: compare |⟨v, expected⟩| with 1.
    private static void AssertColumn(double[] vectors, int p, int column, double[] expected)
    {
        var dot = expected.Select((e, i) => e * vectors[i * p + column]).Sum();
        Assert.Equal(1, Math.Abs(dot), 6);
    }
}
