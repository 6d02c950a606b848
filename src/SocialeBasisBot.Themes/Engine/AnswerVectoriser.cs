using Microsoft.Extensions.Logging;
using SocialeBasisBot.Themes.Features;
using SocialeBasisBot.Themes.Gloss;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// Stage 2 (vectorise): TF-IDF fitted on the answers and the expected-theme prototypes, plus sentence embeddings of
/// answers, prototypes and building blocks when an encoder is available, combined in one <see cref="AnswerSpace"/>.
/// </summary>
public sealed class AnswerVectoriser(AnswerEmbedder embedder, Lazy<GlossResources> dictionary, double embeddingWeight, ILogger logger)
{
    public async Task<VectorisedAnswers> VectoriseAsync(ThemeRequest request, FilteredAnswers filtered, CancellationToken cancellationToken)
    {
        var answers = filtered.Answers;
        var notes = new List<string>();
        var prototypeTexts = request.ExpectedThemes.Select(QuestionTexts.Prototypes).ToList();
        var flatPrototypes = prototypeTexts.SelectMany(p => p).ToList();
        var blockTexts = request.BuildingBlocks.Select(QuestionTexts.Block).ToList();

        var gloss = dictionary.Value;
        var vectorizer = new TfIdfVectorizer(w => gloss.Lexicon?.Contains(w) ?? false);
        // Fitted on answers and prototypes together (in this order), so a theme's own words count in the IDF.
        var tfidf = vectorizer.FitTransform([.. answers.Select(a => a.Text), .. flatPrototypes]);

        // Parts of answers with two ideas get TF-IDF only: embedding them doubled the encoder's work per answer, and
        // the close of 150 answers under load no longer finished in time (docs/themes.md).
        var partTexts = answers.Select(a => AnswerParts.MultipleOrNone(a.Text)).ToList();
        var embeddingName = "tfidf";
        float[][]? vectors = null;
        if (embedder.Generator is not null && answers.Count > 0)
        {
            if (embedder.UsesGloss && gloss.Glosser is null)
            {
                logger.LogWarning("Theme engine without dictionary: {Problem}; using text features only (TF-IDF)", gloss.Problem);
                notes.Add($"Woordenboek ontbreekt ({gloss.Problem}); alleen tekstkenmerken (TF-IDF) gebruikt, geen zinsembeddings.");
            }
            else
            {
                var (embedded, name) = await embedder.EmbedAsync([.. answers.Select(a => a.Text), .. flatPrototypes, .. blockTexts], notes, cancellationToken);
                if (embedded is not null)
                {
                    vectors = embedded;
                    embeddingName = name + " + tfidf";
                }
            }
        }

        // Embeddings are in the order answers, prototypes, blocks; TF-IDF vectors in the order answers, prototypes.
        var points = answers.Select((_, i) => new AnswerPoint(vectors?[i], tfidf[i])).ToList();
        var prototypes = new List<IReadOnlyList<AnswerPoint>>();
        var next = answers.Count;
        foreach (var texts in prototypeTexts)
        {
            prototypes.Add(texts.Select((_, j) => new AnswerPoint(vectors?[next + j], tfidf[next + j])).ToList());
            next += texts.Count;
        }
        var blocks = blockTexts.Select((t, i) => new AnswerPoint(vectors?[next + i], vectorizer.Transform(t))).ToList();
        var space = new AnswerSpace(vectors is null ? 0 : embeddingWeight);
        var parts = new List<IReadOnlyList<AnswerPoint>>();
        foreach (var texts in partTexts)
        {
            parts.Add(texts.Select(t => new AnswerPoint(null, vectorizer.Transform(t))).ToList());
        }
        return new VectorisedAnswers(space, points, prototypes, blocks, embeddingName, notes) { Parts = parts };
    }
}
