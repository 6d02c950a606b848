using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Embeddings;
using SocialeBasisBot.Themes.Engine;

namespace SocialeBasisBot.Themes.Tests.Support;

/// <summary>One MiniLM encoder (1.5 s to load) and one default engine for all engine and CLI tests.</summary>
public sealed class EngineFixture : IDisposable
{
    public MiniLmEmbeddingGenerator Generator { get; } = new();

    public OfflineThemeEngine Engine { get; }

    public EngineFixture() => Engine = Create();

    public OfflineThemeEngine Create(Action<ThemesOptions>? configure = null)
    {
        var options = new ThemesOptions();
        configure?.Invoke(options);
        return new OfflineThemeEngine(Options.Create(options), NullLogger<OfflineThemeEngine>.Instance, Generator);
    }

    public void Dispose()
    {
        Engine.Dispose();
        Generator.Dispose();
    }
}
