using System.Diagnostics;
using SocialeBasisBot.Themes.Embeddings;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Providers;

/// <summary>
/// A host that stops while an encoding runs (a wall theming, a preparation batch) disposes the generator under it;
/// ONNX Runtime must not free the session a Run is still reading (that crashed the test host in libonnxruntime).
/// </summary>
[Collection(EngineTests.Name)]
public sealed class MiniLmLifetimeTests
{
    [Fact]
    public async Task Disposing_while_encoding_lets_the_encoding_finish_and_refuses_new_ones()
    {
        var generator = new MiniLmEmbeddingGenerator();
        var texts = SharedData.DevAnswers().Select(a => a.Answer.Text).ToList();
        var encoding = Task.Run(() => generator.GenerateAsync([.. texts, .. texts, .. texts]));
        var waited = Stopwatch.StartNew();
        while (generator.InFlight == 0 && !encoding.IsCompleted && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Yield();
        }

        Assert.Equal(1, generator.InFlight);
        generator.Dispose();

        var vectors = await encoding;
        Assert.Equal(3 * texts.Count, vectors.Count);
        Assert.All(vectors, v => Assert.Equal(384, v.Vector.Length));
        Assert.Equal(0, generator.InFlight);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(["nog een"]));
        generator.Dispose();
    }
}
