using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// A logistic regression (ML.NET SDCA, one thread and a fixed seed, so training is deterministic) over word uni- and
/// bigrams, character 1–5-grams and the rules' signals (<see cref="OffTopicSignals"/>): chat noise learned from the
/// seen parts of testdata/chat-noise against answers, so it carries to lines worded by another writer than the rules
/// were read from. <see cref="Default"/> trains on first use from the lines embedded in this assembly
/// (<see cref="OffTopicTrainingSet"/>; about 0.25 s CPU, 0.5 s on a cold process). The engine uses it only when
/// <c>Themes:OffTopic</c> is <see cref="OffTopicDetection.RulesAndLearned"/> (<see cref="ChatNoiseDetector"/>).
/// </summary>
public sealed class LearnedOffTopicDetector
{
    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly OffTopicFeatureSet features;

    private LearnedOffTopicDetector(MLContext ml, ITransformer model, OffTopicFeatureSet features)
    {
        this.ml = ml;
        this.model = model;
        this.features = features;
    }

    private static readonly Lazy<LearnedOffTopicDetector> Trained = new(() => Train(OffTopicTrainingSet.Embedded()));

    /// <summary>The detector trained on the embedded training set (chat noise dev, heldout, fresh, fresh2, fresh3; the dev answers).</summary>
    public static LearnedOffTopicDetector Default => Trained.Value;

    /// <summary>Trains on these lines, reading the text's n-grams and the signals <paramref name="features"/> names.</summary>
    public static LearnedOffTopicDetector Train(IEnumerable<OffTopicExample> examples, OffTopicFeatureSet features = OffTopicFeatureSet.TextAndLexicon, float l2 = 0)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => Row(e.Text, e.IsOffTopic, features)).ToList());
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = true,
            KeepNumbers = true,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 5, UseAllLengths = true },
        };
        var pipeline = ml.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(OffTopicRow.Text))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", nameof(OffTopicRow.Signals)))
            // SDCA passes over the data many times: featurise the text once, not once per pass.
            .AppendCacheCheckpoint(ml)
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(OffTopicRow.Label),
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                Shuffle = false,
                MaximumNumberOfIterations = 100,
                L2Regularization = l2 > 0 ? l2 : null,
            }));
        return new LearnedOffTopicDetector(ml, pipeline.Fit(data), features);
    }

    /// <summary>The probability that each line is chat noise rather than an answer, in order.</summary>
    public IReadOnlyList<float> Probabilities(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0) return [];
        // Transform is safe to call from several threads at once; a PredictionEngine is not.
        var scored = model.Transform(ml.Data.LoadFromEnumerable(texts.Select(t => Row(t, false, features)).ToList()));
        return ml.Data.CreateEnumerable<OffTopicPrediction>(scored, reuseRowObject: false).Select(p => p.Probability).ToList();
    }

    private static OffTopicRow Row(string text, bool label, OffTopicFeatureSet features) => new()
    {
        Text = text,
        Label = label,
        Signals = OffTopicSignals.Of(text, features),
    };
}
