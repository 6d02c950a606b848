using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialeBasisBot.Themes.Tests.Support;

/// <summary>A service provider built the way the host builds it: configuration + AddThemes.</summary>
public static class ThemesServices
{
    public static ServiceProvider Build(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddThemes(configuration);
        return services.BuildServiceProvider();
    }
}
