using FastBertTokenizer;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace SocialeBasisBot.Themes.Embeddings;

/// <summary>
/// A sentence-embedding model the organisation supplies as files (a BERT-style model.onnx with inputs input_ids,
/// attention_mask and optionally token_type_ids, plus its WordPiece vocab.txt), mean-pooled over the tokens. Nothing
/// is downloaded. A multilingual model (e.g. multilingual-e5-small exported to ONNX) reads Dutch without the gloss.
/// </summary>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ProviderName = "onnx";
    private const int MaxTokens = 256;
    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer = new();
    private readonly bool wantsTokenTypes;
    private readonly string modelPath;

    public OnnxEmbeddingGenerator(string modelPath, string vocabularyPath, bool lowercase = true)
    {
        if (!File.Exists(modelPath)) throw new FileNotFoundException($"Themes:Onnx:ModelPath not found: {modelPath}", modelPath);
        if (!File.Exists(vocabularyPath)) throw new FileNotFoundException($"Themes:Onnx:VocabularyPath not found: {vocabularyPath}", vocabularyPath);
        this.modelPath = modelPath;
        using (var vocabulary = File.OpenText(vocabularyPath))
            tokenizer.LoadVocabulary(vocabulary, lowercase);
        session = new InferenceSession(modelPath);
        wantsTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
    }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var text in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Embed(string.IsNullOrWhiteSpace(text) ? "." : text)) { ModelId = Path.GetFileName(this.modelPath) });
        }
        return Task.FromResult(result);
    }

    private float[] Embed(string text)
    {
        var (ids, mask, types) = tokenizer.Encode(text, MaxTokens);
        var length = ids.Length;
        var shape = new[] { 1, length };
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids.ToArray(), shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask.ToArray(), shape)),
        };
        if (wantsTokenTypes) inputs.Add(NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types.ToArray(), shape)));
        using var outputs = session.Run(inputs);
        // The first output is the last hidden state [1, tokens, dim]; mean pooling over real tokens.
        var hidden = outputs[0].AsTensor<float>();
        var dim = hidden.Dimensions[2];
        var pooled = new float[dim];
        var maskSpan = mask.Span;
        var count = 0;
        for (var t = 0; t < length; t++)
        {
            if (maskSpan[t] == 0) continue;
            count++;
            for (var d = 0; d < dim; d++) pooled[d] += hidden[0, t, d];
        }
        for (var d = 0; d < dim; d++) pooled[d] /= Math.Max(1, count);
        return pooled;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata(ProviderName, null, Path.GetFileName(this.modelPath))
        : serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose() => session.Dispose();
}
