using SocialeBasisBot.Themes.Features;

namespace SocialeBasisBot.Themes.Tests.Features;

/// <summary>
/// TF-IDF on a three-document corpus: "tijd geld", "tijd", "kost". Smoothed IDF: idf(t) = ln((1 + N)/(1 + df)) + 1,
/// so idf(tijd) = ln(4/3) + 1 = 1.287682 and idf(geld) = ln(4/2) + 1 = 1.693147. Each answer has a stem block (40%)
/// and a character 3–5-gram block (60%), each normalised on its own; the words here share no n-grams.
/// </summary>
public sealed class TfIdfVectorizerTests
{
    private const double IdfTijd = 1.2876820724517809;
    private const double IdfGeld = 1.6931471805599454;

    private static (TfIdfVectorizer Vectorizer, IReadOnlyList<SparseVector> Vectors) Fit()
    {
        var vectorizer = new TfIdfVectorizer(_ => false);
        return (vectorizer, vectorizer.FitTransform(["tijd geld", "tijd", "kost"]));
    }

    [Fact]
    public void Vectors_are_unit_length()
    {
        var (_, vectors) = Fit();
        Assert.All(vectors, v => Assert.Equal(1, Math.Sqrt(v.Values.Sum(x => (double)x * x)), 5));
    }

    [Fact]
    public void The_stem_block_holds_40_percent_of_the_squared_length_and_weighs_stems_by_idf()
    {
        // "tijd geld": stem weights ∝ (idf(tijd), idf(geld)) normalised, then × 0.4 / √(0.4² + 0.6²).
        var (_, vectors) = Fit();
        var scale = 0.4 / Math.Sqrt(0.4 * 0.4 + 0.6 * 0.6);
        var norm = Math.Sqrt(IdfTijd * IdfTijd + IdfGeld * IdfGeld);
        var expected = new[] { scale * IdfTijd / norm, scale * IdfGeld / norm };
        var largest = vectors[0].Values.Select(v => (double)v).OrderDescending().Take(2).Order().ToArray();
        Assert.Equal(expected[0], largest[0], 5);
        Assert.Equal(expected[1], largest[1], 5);
    }

    [Fact]
    public void Cosine_of_shared_and_unshared_words_follows_from_the_idf()
    {
        // "tijd geld" · "tijd": both blocks give idf(tijd)/‖(idf(tijd), idf(geld))‖ = 0.605349.
        var (vectorizer, vectors) = Fit();
        var expected = IdfTijd / Math.Sqrt(IdfTijd * IdfTijd + IdfGeld * IdfGeld);
        Assert.Equal(expected, vectors[0].Dot(vectors[1]), 5);
        Assert.Equal(0, vectors[0].Dot(vectors[2]), 6);
        // A new text in the fitted space: "geld" alone against "tijd geld" is idf(geld)/‖…‖ = 0.795965.
        Assert.Equal(IdfGeld / Math.Sqrt(IdfTijd * IdfTijd + IdfGeld * IdfGeld), vectorizer.Transform("geld").Dot(vectors[0]), 5);
        Assert.Empty(vectorizer.Transform("onbekend").Indices);
    }
}
