using SocialeBasisBot.Themes.Clustering;

namespace SocialeBasisBot.Themes.Tests.Clustering;

/// <summary>k-means, Ward and the silhouette on inputs small enough to check by hand.</summary>
public sealed class ClusteringMathTests
{
    [Fact]
    public void KMeans_separates_three_clearly_separated_groups()
    {
        double[] points =
        [
            0, 0, 0.1, 0, 0, 0.1,
            10, 10, 10.1, 10, 10, 10.1,
            -10, 10, -10.1, 10, -10, 10.1,
        ];
        var labels = KMeans.Cluster(points, 9, 2, 3);
        Assert.Equal(3, labels.Distinct().Count());
        Assert.All(new[] { labels[..3], labels[3..6], labels[6..] }, group => Assert.Single(group.Distinct()));
    }

    [Fact]
    public void KMeans_is_deterministic()
    {
        var random = new Random(7);
        var points = Enumerable.Range(0, 200).Select(_ => random.NextDouble()).ToArray();
        Assert.Equal(KMeans.Cluster(points, 100, 2, 4), KMeans.Cluster(points, 100, 2, 4));
    }

    [Fact]
    public void Ward_merges_the_closest_pairs_first_and_cuts_into_the_separated_groups()
    {
        double[] x = [0, 1, 10, 11, 30, 31];
        var squared = SquaredDistances(x);

        var merges = WardClustering.Build(squared, x.Length);

        Assert.Equal(x.Length - 1, merges.Count);
        // Two singletons at distance 1 merge at Ward height d² = 1; heights never decrease.
        Assert.Equal([1.0, 1.0, 1.0], merges.Take(3).Select(m => m.Height));
        Assert.True(merges.Zip(merges.Skip(1)).All(p => p.First.Height <= p.Second.Height));
        Assert.Equal([0, 0, 1, 1, 2, 2], WardClustering.Cut(merges, x.Length, 3));
        Assert.Equal([0, 0, 0, 0, 1, 1], WardClustering.Cut(merges, x.Length, 2));
        Assert.Equal(new int[6], WardClustering.Cut(merges, x.Length, 1));
    }

    [Fact]
    public void Ward_height_of_two_pairs_follows_the_Lance_Williams_update()
    {
        // Pairs {0,1} and {10,11}: Ward's merge cost is 2·n₁n₂/(n₁+n₂)·|c₁−c₂|² = 2·(2·2/4)·10² = 200 on squared distances.
        double[] x = [0, 1, 10, 11];
        var merges = WardClustering.Build(SquaredDistances(x), 4);
        Assert.Equal(200, merges[^1].Height, 9);
    }

    [Fact]
    public void Silhouette_matches_the_hand_computed_mean()
    {
        // Points 0, 1 | 4, 5 on a line. Point 0: a = 1, b = (4 + 5)/2 = 4.5, s = 3.5/4.5 = 7/9; point 1: a = 1,
        // b = 3.5, s = 5/7; the other two mirror these. Mean = (7/9 + 5/7)/2 = 47/63.
        double[] x = [0, 1, 4, 5];
        var distances = SquaredDistances(x).Select(MathF.Sqrt).ToArray();
        Assert.Equal(47.0 / 63.0, Silhouette.Mean(distances, 4, [0, 0, 1, 1]), 6);
    }

    [Fact]
    public void Silhouette_counts_a_singleton_as_zero()
    {
        // Points 0, 1, 4 | 5. Point 0: a = 2.5, b = 5, s = 0.5; point 1: a = 2, b = 4, s = 0.5; point 4: a = 3.5,
        // b = 1, s = (1 − 3.5)/3.5 = −5/7; the singleton 5 counts 0. Mean = (0.5 + 0.5 − 5/7 + 0)/4 = 1/14.
        double[] x = [0, 1, 4, 5];
        var distances = SquaredDistances(x).Select(MathF.Sqrt).ToArray();
        Assert.Equal(1.0 / 14.0, Silhouette.Mean(distances, 4, [0, 0, 0, 1]), 6);
    }

    private static float[] SquaredDistances(double[] x)
    {
        var n = x.Length;
        var d = new float[n * n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                d[i * n + j] = (float)((x[i] - x[j]) * (x[i] - x[j]));
        return d;
    }
}
