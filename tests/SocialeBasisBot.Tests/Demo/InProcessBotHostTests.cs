using Microsoft.Extensions.Options;
using SocialeBasisBot.Demo;

namespace SocialeBasisBot.Tests.Demo;

/// <summary>The demo's way of running Program: it comes up on a free port and says why when it cannot.</summary>
public sealed class InProcessBotHostTests : IDisposable
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"sbb-inproc-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(databasePath) + "*"))
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Program_runs_on_a_free_loopback_port_and_stops_again()
    {
        await using (var bot = await InProcessBotHost.StartAsync(Settings(), TimeSpan.FromSeconds(30), CancellationToken.None))
        {
            using var http = new HttpClient { BaseAddress = bot.BaseAddress };
            using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));

            Assert.True(bot.BaseAddress.IsLoopback);
            Assert.NotEqual(3978, bot.BaseAddress.Port);
            Assert.True(health.IsSuccessStatusCode);
        }

        Assert.True(File.Exists(databasePath), "the bot used the SQLite file it was given");
    }

    [Fact]
    public async Task A_setting_the_bot_refuses_at_start_up_comes_back_as_the_reason()
    {
        var settings = Settings();
        settings["Exports:LinkLifetime"] = "00:00:01";

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            InProcessBotHost.StartAsync(settings, TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Contains("Exports:LinkLifetime", error.Message, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["ConnectionStrings:SocialeBasisBot"] = $"Data Source={databasePath}",
        ["Storage:Provider"] = "Sqlite",
        ["MicrosoftAppId"] = "",
        ["Logging:LogLevel:Default"] = "None",
    };
}
