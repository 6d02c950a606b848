namespace SocialeBasisBot.Themes.Clustering;

/// <summary>Mean silhouette of a labelling over a full distance matrix; singletons count as 0.</summary>
public static class Silhouette
{
    public static double Mean(float[] distances, int n, int[] labels)
    {
        var k = labels.Max() + 1;
        var sizes = new int[k];
        foreach (var l in labels) sizes[l]++;
        var sums = new double[k];
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            Array.Clear(sums);
            for (var j = 0; j < n; j++)
                if (j != i) sums[labels[j]] += distances[i * n + j];
            var own = labels[i];
            if (sizes[own] <= 1) continue;
            var a = sums[own] / (sizes[own] - 1);
            var b = double.MaxValue;
            for (var c = 0; c < k; c++)
                if (c != own && sizes[c] > 0) b = Math.Min(b, sums[c] / sizes[c]);
            if (b == double.MaxValue) continue;
            total += (b - a) / Math.Max(a, b);
        }
        return total / n;
    }
}
