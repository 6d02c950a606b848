using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Engine;

/// <summary>
/// <see cref="IThemeEngine.IsPrepared"/>: the wall themes only answers whose embedding the engine holds, so it must
/// be true exactly for texts embedded before (prepared or themed), and for every text when nothing is embedded.
/// </summary>
[Collection(EngineTests.Name)]
public sealed class PreparedAnswersTests(EngineFixture fixture)
{
    [Fact]
    public async Task A_text_is_prepared_once_it_was_prepared_or_themed_and_not_before()
    {
        using var engine = fixture.Create();
        var answers = SharedData.Question("q1").Take(6).ToList();
        var prepared = answers[0].Text;
        var themed = answers.Skip(1).Select(a => a.Text).ToList();
        Assert.False(engine.IsPrepared(prepared));
        Assert.All(themed, t => Assert.False(engine.IsPrepared(t)));

        await engine.PrepareAsync([prepared]);
        Assert.True(engine.IsPrepared(prepared));
        Assert.All(themed, t => Assert.False(engine.IsPrepared(t)));

        await engine.FindThemesAsync(new ThemeRequest { Answers = answers.Skip(1).ToList() });
        Assert.All(themed, t => Assert.True(engine.IsPrepared(t)));
        Assert.False(engine.IsPrepared("Een antwoord dat nog niemand gaf"));
    }

    [Fact]
    public void Without_embeddings_every_text_is_prepared()
    {
        using var engine = fixture.Create(o => o.Embeddings = EmbeddingSource.None);
        Assert.True(engine.IsPrepared("Een antwoord dat nog niemand gaf"));
    }
}
