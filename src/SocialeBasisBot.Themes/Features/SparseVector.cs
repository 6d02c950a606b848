namespace SocialeBasisBot.Themes.Features;

/// <summary>A sparse vector with sorted indices; TF-IDF vectors are L2-normalised so the dot product is the cosine.</summary>
public sealed record SparseVector(int[] Indices, float[] Values)
{
    public static readonly SparseVector Empty = new([], []);

    public float Dot(SparseVector other)
    {
        float sum = 0;
        int i = 0, j = 0;
        while (i < Indices.Length && j < other.Indices.Length)
        {
            var a = Indices[i];
            var b = other.Indices[j];
            if (a == b) { sum += Values[i] * other.Values[j]; i++; j++; }
            else if (a < b) i++;
            else j++;
        }
        return sum;
    }

    public static SparseVector FromWeights(Dictionary<int, float> weights)
    {
        var norm = MathF.Sqrt(weights.Values.Sum(v => v * v));
        if (norm == 0) return Empty;
        var keys = weights.Keys.Order().ToArray();
        return new SparseVector(keys, keys.Select(k => weights[k] / norm).ToArray());
    }
}
