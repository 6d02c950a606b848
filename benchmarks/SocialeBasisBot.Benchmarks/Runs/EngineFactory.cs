using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Embeddings;
using SocialeBasisBot.Themes.Engine;

namespace SocialeBasisBot.Benchmarks.Runs;

public static class EngineFactory
{
    public static OfflineThemeEngine Create(MiniLmEmbeddingGenerator? generator, Action<ThemesOptions>? configure = null)
    {
        var options = new ThemesOptions();
        configure?.Invoke(options);
        return new OfflineThemeEngine(Options.Create(options), NullLogger<OfflineThemeEngine>.Instance, generator);
    }
}
