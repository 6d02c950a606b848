using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Engine;

namespace SocialeBasisBot.Benchmarks.Runs;

public static class EngineFactory
{
    public static OfflineThemeEngine Create(IEmbeddingGenerator<string, Embedding<float>>? generator, Action<ThemesOptions>? configure = null, ILoggerFactory? logging = null)
    {
        var options = new ThemesOptions();
        configure?.Invoke(options);
        var logger = logging?.CreateLogger<OfflineThemeEngine>() ?? NullLogger<OfflineThemeEngine>.Instance;
        return new OfflineThemeEngine(Options.Create(options), logger, generator);
    }
}
