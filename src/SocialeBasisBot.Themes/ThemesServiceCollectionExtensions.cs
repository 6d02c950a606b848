using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Embeddings;
using SocialeBasisBot.Themes.Engine;
using SocialeBasisBot.Themes.Providers;
using SocialeBasisBot.Themes.Labels;
using SocialeBasisBot.Themes.Providers.AzureLanguage;
using SocialeBasisBot.Themes.Providers.AzureOpenAIChat;

namespace SocialeBasisBot.Themes;

public static class ThemesServiceCollectionExtensions
{
    /// <summary>
    /// The theme engine (offline by default) with options from section "Themes" and the optional providers that
    /// section switches on: Azure AI Language key phrases, and the embedding source (MiniLm, Onnx, AzureOpenAI, None).
    /// </summary>
    public static IServiceCollection AddThemes(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ThemesOptions>()
            .Configure<IConfiguration>((options, config) => ThemesOptions.Bind(config.GetSection(ThemesOptions.SectionName), options))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddLogging();

        var section = configuration.GetSection(ThemesOptions.SectionName);
        switch (ThemesOptions.EmbeddingSourceIn(section))
        {
            case EmbeddingSource.MiniLm:
                services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ => new MiniLmEmbeddingGenerator());
                break;
            case EmbeddingSource.Onnx:
                services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
                {
                    var onnx = sp.GetRequiredService<IOptions<ThemesOptions>>().Value.Onnx;
                    return new OnnxEmbeddingGenerator(onnx.ModelPath!, onnx.VocabularyPath!, onnx.Lowercase);
                });
                break;
            case EmbeddingSource.AzureOpenAI:
                services.AddHttpClient<AzureOpenAIEmbeddingGenerator>((sp, http) =>
                        http.Timeout = sp.GetRequiredService<IOptions<ThemesOptions>>().Value.AzureOpenAI.Timeout)
                    .AddResilienceHandler("azure-openai", AddTransientRetry);
                services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp => sp.GetRequiredService<AzureOpenAIEmbeddingGenerator>());
                break;
        }

        if (section.GetSection("AzureLanguage").GetValue<bool>("Enabled"))
        {
            services.AddHttpClient<AzureLanguageKeyPhraseExtractor>((sp, http) =>
                    http.Timeout = sp.GetRequiredService<IOptions<ThemesOptions>>().Value.AzureLanguage.Timeout)
                .AddResilienceHandler("azure-language", AddTransientRetry);
            services.AddSingleton<IKeyPhraseExtractor>(sp => sp.GetRequiredService<AzureLanguageKeyPhraseExtractor>());
        }

        services.AddSingleton<OfflineThemeEngine>();
        if (section.GetSection("AzureOpenAIChat").GetValue<bool>("Enabled"))
        {
            services.AddHttpClient<AzureOpenAIChatClient>((sp, http) =>
                    http.Timeout = sp.GetRequiredService<IOptions<ThemesOptions>>().Value.AzureOpenAIChat.Timeout)
                .AddResilienceHandler("azure-openai-chat", AddTransientRetry);
            services.AddSingleton<IChatClient>(sp => sp.GetRequiredService<AzureOpenAIChatClient>());
            services.AddSingleton<IThemeEngine>(sp => new ChatLabelledThemeEngine(
                sp.GetRequiredService<OfflineThemeEngine>(),
                sp.GetRequiredService<IChatClient>(),
                sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ChatLabelledThemeEngine>>()));
        }
        else
        {
            services.AddSingleton<IThemeEngine>(sp => sp.GetRequiredService<OfflineThemeEngine>());
        }
        return services;
    }

    // Only what is transient: 429 (waiting for Retry-After) and 5xx. Not 4xx, not every exception.
    private static void AddTransientRetry(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var delay = context.ServiceProvider.GetRequiredService<IOptions<ThemesOptions>>().Value.ProviderRetryDelay;
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            Delay = delay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } r
                && (r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500)),
        });
    }
}
