using SocialeBasisBot.Themes.Features;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// The combined similarity: a weighted sum of the embedding cosine and the TF-IDF cosine. Both parts are unit
/// vectors, so 2 − 2·similarity is the squared Euclidean distance of the weighted concatenation, which Ward needs.
/// </summary>
public sealed class AnswerSpace(double embeddingWeight)
{
    public double EmbeddingWeight { get; } = embeddingWeight;

    public float Similarity(AnswerPoint a, AnswerPoint b) => Views(a, b).Combined;

    /// <summary>The embedding cosine (null without embeddings), the TF-IDF cosine and their weighted sum.</summary>
    public (float? Embedding, float Text, float Combined) Views(AnswerPoint a, AnswerPoint b)
    {
        var text = a.TfIdf.Dot(b.TfIdf);
        if (a.Embedding is null || b.Embedding is null) return (null, text, text);
        float dot = 0;
        var x = a.Embedding;
        var y = b.Embedding;
        for (var i = 0; i < x.Length; i++) dot += x[i] * y[i];
        return (dot, text, (float)(EmbeddingWeight * dot + (1 - EmbeddingWeight) * text));
    }

    public static AnswerPoint Centroid(IEnumerable<AnswerPoint> points)
    {
        float[]? embedding = null;
        var sparse = new Dictionary<int, float>();
        var any = false;
        foreach (var p in points)
        {
            any = true;
            if (p.Embedding is not null)
            {
                embedding ??= new float[p.Embedding.Length];
                for (var i = 0; i < embedding.Length; i++) embedding[i] += p.Embedding[i];
            }
            for (var i = 0; i < p.TfIdf.Indices.Length; i++)
                sparse[p.TfIdf.Indices[i]] = sparse.GetValueOrDefault(p.TfIdf.Indices[i]) + p.TfIdf.Values[i];
        }
        if (!any) return new AnswerPoint(null, SparseVector.Empty);
        return new AnswerPoint(embedding is null ? null : Normalise(embedding), SparseVector.FromWeights(sparse));
    }

    public static float[] Normalise(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        if (norm == 0) return v;
        var r = new float[v.Length];
        for (var i = 0; i < v.Length; i++) r[i] = v[i] / norm;
        return r;
    }
}
