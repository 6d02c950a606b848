using SocialeBasisBot.Themes.Clustering;

namespace SocialeBasisBot.Themes.Tests.Clustering;

/// <summary>
/// Spectral embedding of several views (Themes:SpectralGraph = Views): each view's normalised kNN graph, averaged.
/// Eight points in four pairs A, B, C, D; view 1 sees only {A, B} and {C, D}, view 2 only {A, C} and {B, D}. Only both
/// together tell the four pairs apart, with eigenvalues worked out by hand.
/// </summary>
public sealed class SpectralViewsTests
{
    // Pair of point i: A = {0, 1}, B = {2, 3}, C = {4, 5}, D = {6, 7}.
    private static int Pair(int i) => i / 2;

    private static float[] View(Func<int, int, bool> together)
    {
        var d = new float[64];
        for (var i = 0; i < 8; i++)
            for (var j = 0; j < 8; j++)
                d[i * 8 + j] = i == j ? 0 : together(Pair(i), Pair(j)) ? 0.01f : 4f;
        return d;
    }

    private static readonly float[] AWithB = View((a, b) => a / 2 == b / 2);
    private static readonly float[] AWithC = View((a, b) => a % 2 == b % 2);

    [Fact]
    public void Two_views_together_separate_the_four_pairs_that_neither_separates_alone()
    {
        // Three neighbours = the other three points of a blob; σ = their distance, so each edge weighs e^-1 and each
        // normalised edge 1/3. Averaged: a point's pair mate 1/3, the two points it shares a blob with in one view
        // 1/6 each. On pair indicators that is [[1/3,1/3,1/3,0],[1/3,1/3,0,1/3],[1/3,0,1/3,1/3],[0,1/3,1/3,1/3]]:
        // eigenvalues 1 (constant), 1/3 twice (A+B−C−D, A−B+C−D), −1/3; within a pair −1/3.
        var (values, vectors) = SpectralEmbedding.Compute([AWithB, AWithC], 8, 3, neighbours: 3);

        Assert.Equal([1.0, 1.0 / 3, 1.0 / 3], values, (x, y) => Math.Abs(x - y) < 1e-6);
        var labels = KMeans.Cluster(RowNormalised(vectors, 3), 8, 3, 4);
        for (var i = 0; i < 8; i++)
            for (var j = 0; j < 8; j++)
                Assert.Equal(Pair(i) == Pair(j), labels[i] == labels[j]);
    }

    [Fact]
    public void One_view_alone_sees_two_blobs()
    {
        var (values, vectors) = SpectralEmbedding.Compute([AWithB], 8, 2, neighbours: 3);

        Assert.Equal([1.0, 1.0], values, (x, y) => Math.Abs(x - y) < 1e-6);
        var labels = KMeans.Cluster(RowNormalised(vectors, 2), 8, 2, 2);
        for (var i = 0; i < 8; i++)
            Assert.Equal(labels[0] == labels[i], Pair(i) < 2);
    }

    [Fact]
    public void One_view_is_the_single_graph_bit_for_bit()
    {
        var random = new Random(3);
        var d = new float[30 * 30];
        for (var i = 0; i < 30; i++)
            for (var j = i + 1; j < 30; j++)
                d[i * 30 + j] = d[j * 30 + i] = (float)random.NextDouble();

        var single = SpectralEmbedding.Compute(d, 30, 4, 5);
        var views = SpectralEmbedding.Compute([d], 30, 4, 5);

        Assert.Equal(single.Values, views.Values);
        Assert.Equal(single.Vectors, views.Vectors);
    }

    private static double[] RowNormalised(double[] vectors, int p)
    {
        var n = vectors.Length / p;
        var rows = new double[vectors.Length];
        for (var i = 0; i < n; i++)
        {
            var norm = Math.Sqrt(Enumerable.Range(0, p).Sum(c => vectors[i * p + c] * vectors[i * p + c]));
            for (var c = 0; c < p; c++) rows[i * p + c] = vectors[i * p + c] / norm;
        }
        return rows;
    }
}
