using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Themes.Configuration;
using SocialeBasisBot.Themes.Engine;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Providers;

public sealed class AddThemesTests
{
    [Fact]
    public async Task Without_configuration_the_offline_engine_is_registered_with_defaults()
    {
        await using var services = ThemesServices.Build([]);
        Assert.IsType<OfflineThemeEngine>(services.GetRequiredService<IThemeEngine>());
        var options = services.GetRequiredService<IOptions<ThemesOptions>>().Value;
        Assert.Equal(EmbeddingSource.MiniLm, options.Embeddings);
        Assert.False(options.AzureLanguage.Enabled);
    }

    [Fact]
    public async Task Options_are_bound_from_the_Themes_section()
    {
        await using var services = ThemesServices.Build(new() { ["Themes:Embeddings"] = "None", ["Themes:MaxThemes"] = "8" });
        Assert.Equal(8, services.GetRequiredService<IOptions<ThemesOptions>>().Value.MaxThemes);
    }

    [Theory]
    [InlineData("Ward", "eigengap", ClusteringAlgorithm.Ward, ThemeCountMethod.Eigengap)]
    [InlineData("Spectral", "silhouette", ClusteringAlgorithm.Spectral, ThemeCountMethod.Silhouette)]
    public async Task Clustering_settings_keep_their_documented_names(string clustering, string selection, ClusteringAlgorithm algorithm, ThemeCountMethod method)
    {
        await using var services = ThemesServices.Build(new()
        {
            ["Themes:Embeddings"] = "None", ["Themes:Clustering"] = clustering, ["Themes:ThemeCountSelection"] = selection,
        });
        var options = services.GetRequiredService<IOptions<ThemesOptions>>().Value;
        Assert.Equal(algorithm, options.Clustering);
        Assert.Equal(method, options.ThemeCountSelection);
    }

    [Theory]
    [InlineData("Themes:Clustering", "KMeans", "Themes:Clustering must be Spectral or Ward.")]
    [InlineData("Themes:ThemeCountSelection", "1", "Themes:ThemeCountSelection must be Silhouette or Eigengap.")]
    [InlineData("Themes:Embeddings", "", "Themes:Embeddings must be MiniLm, Onnx, AzureOpenAI or None.")]
    [InlineData("Themes:SpectralGraph", "Fused", "Themes:SpectralGraph must be Views or Combined.")]
    public async Task An_unknown_name_for_a_choice_fails_validation_naming_the_choices(string key, string value, string message)
    {
        await using var services = ThemesServices.Build(new() { [key] = value });
        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ThemesOptions>>().Value);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Themes:Embeddings", "Word2Vec")]
    [InlineData("Themes:MaxThemes", "1")]
    [InlineData("Themes:AzureLanguage:Enabled", "true")]
    [InlineData("Themes:EmbeddingWeight", "1.5")]
    public async Task Bad_settings_fail_validation_with_a_message(string key, string value)
    {
        await using var services = ThemesServices.Build(new() { ["Themes:Embeddings"] = "None", [key] = value });
        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ThemesOptions>>().Value);
        Assert.NotEmpty(e.Message);
    }
}
