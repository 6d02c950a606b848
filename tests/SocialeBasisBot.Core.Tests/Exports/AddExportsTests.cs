using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Core.Tests.Summaries;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Core.Tests.Exports;

public class AddExportsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<IThemeEngine>(SampleWebinar.Engine());
        services.AddExports();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task Registers_everything_the_host_needs_with_bound_options()
    {
        using var provider = Build(new()
        {
            ["Exports:SigningKey"] = "een-geheime-sleutel-van-minstens-32-tekens",
            ["Exports:LinkLifetime"] = "02:00:00",
        });

        Assert.Equal(TimeSpan.FromHours(2), provider.GetRequiredService<ExportLinkSigner>().LinkLifetime);
        Assert.NotNull(provider.GetRequiredService<SessionExporter>());
        Assert.NotNull(provider.GetRequiredService<QuestionSummarizer>());
        var summary = await provider.GetRequiredService<SessionSummarizer>()
            .SummarizeAsync(SampleWebinar.SampleProgramme, SampleWebinar.Session(), SampleWebinar.SampleAnswers());
        Assert.Equal(13, summary.AnswerCount);
        Assert.Contains(provider.GetServices<IHostedService>(), s => s.GetType().Name == "ExportSigningKeyCheck");
    }

    [Theory]
    [InlineData("Exports:SigningKey", "te-kort", "at least 32")]
    [InlineData("Exports:LinkLifetime", "00:00:10", "between 1 minute and 30 days")]
    [InlineData("Exports:TimeZone", "Mars/Olympus", "not a known time zone")]
    public void Bad_settings_are_refused_with_a_message_naming_the_setting(string key, string value, string message)
    {
        using var provider = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ExportOptions>>().Value);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
