namespace SocialeBasisBot.Themes.Clustering;

/// <summary>Lloyd's k-means with k-means++ seeding from a fixed seed and several restarts: deterministic.</summary>
public static class KMeans
{
    public static int[] Cluster(double[] points, int n, int dim, int k)
    {
        // Small question sets get more restarts (cheap, and steadier); large sets fewer, to stay within seconds.
        var restarts = n <= 400 ? 10 : 4;
        int[]? best = null;
        var bestInertia = double.MaxValue;
        for (var r = 0; r < restarts; r++)
        {
            var random = new Random(1000 + r);
            var centres = Seed(points, n, dim, k, random);
            var labels = new int[n];
            double inertia = 0;
            for (var iteration = 0; iteration < 100; iteration++)
            {
                var changed = false;
                inertia = 0;
                for (var i = 0; i < n; i++)
                {
                    var (label, d) = Nearest(points, i, centres, dim, k);
                    inertia += d;
                    if (label != labels[i] || iteration == 0) { changed |= label != labels[i]; labels[i] = label; }
                }
                if (!changed && iteration > 0) break;
                var sums = new double[k * dim];
                var counts = new int[k];
                for (var i = 0; i < n; i++)
                {
                    counts[labels[i]]++;
                    for (var d = 0; d < dim; d++) sums[labels[i] * dim + d] += points[i * dim + d];
                }
                for (var c = 0; c < k; c++)
                    if (counts[c] > 0)
                        for (var d = 0; d < dim; d++) centres[c * dim + d] = sums[c * dim + d] / counts[c];
            }
            if (inertia < bestInertia - 1e-12) { bestInertia = inertia; best = labels; }
        }
        return best!;
    }

    private static double[] Seed(double[] points, int n, int dim, int k, Random random)
    {
        var centres = new double[k * dim];
        var first = random.Next(n);
        Array.Copy(points, first * dim, centres, 0, dim);
        var distances = new double[n];
        for (var c = 1; c < k; c++)
        {
            double total = 0;
            for (var i = 0; i < n; i++)
            {
                distances[i] = Nearest(points, i, centres, dim, c).Distance;
                total += distances[i];
            }
            var target = random.NextDouble() * total;
            var chosen = n - 1;
            for (var i = 0; i < n; i++)
            {
                target -= distances[i];
                if (target <= 0) { chosen = i; break; }
            }
            Array.Copy(points, chosen * dim, centres, c * dim, dim);
        }
        return centres;
    }

    private static (int Label, double Distance) Nearest(double[] points, int i, double[] centres, int dim, int k)
    {
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var c = 0; c < k; c++)
        {
            double d = 0;
            for (var x = 0; x < dim; x++)
            {
                var diff = points[i * dim + x] - centres[c * dim + x];
                d += diff * diff;
            }
            if (d < bestDistance) { bestDistance = d; best = c; }
        }
        return (best, bestDistance);
    }
}
