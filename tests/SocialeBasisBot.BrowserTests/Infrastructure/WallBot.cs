using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.LocalTeams;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>
/// The real bot on loopback Kestrel (own SQLite file, the real theme engine) with the local Teams connector, for the
/// pages the bot serves itself: a chat drives a session and the browser opens its wall.
/// </summary>
public sealed class WallBot : WebApplicationFactory<Program>
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"sbb-wall-{Guid.NewGuid():N}.db");
    private LocalTeamsConnector? connector;
    private IReadOnlyDictionary<string, string?> extra = new Dictionary<string, string?>();

    public LocalTeamsConnector Connector => connector ?? throw new InvalidOperationException("Not started.");

    public Uri BaseAddress => ClientOptions.BaseAddress;

    /// <param name="settings">Settings beside the test defaults (the sessions page's sign-in, for one).</param>
    public static async Task<WallBot> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var bot = new WallBot { connector = await LocalTeamsConnector.StartAsync(), extra = settings ?? new Dictionary<string, string?>() };
        bot.UseKestrel(0);
        bot.StartServer();
        return bot;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:SocialeBasisBot"] = $"Data Source={databasePath}",
            ["Storage:Provider"] = "Sqlite",
            ["Programmes:Folder"] = RepositoryPaths.Dialogs,
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:ConversationPace"] = "00:00:00.010",
            ["Wall:ThemeInterval"] = "00:00:01",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        }).AddInMemoryCollection(extra));
    }

    public TeamsChat NewChat() => new(Connector.ServiceUrl, $"19:{Guid.NewGuid():N}@thread.v2");

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task SendAsync(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var client = CreateClient();
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, $"{activity["type"]}: {(int)response.StatusCode}");
    }

    /// <summary>Says `volgende` until the session's current item is <paramref name="itemId"/>.</summary>
    public async Task<string> AdvanceToAsync(TeamsChat chat, TeamsUser facilitator, string itemId)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var store = Service<SessionStore>();
        for (var step = 0; step < 30; step++)
        {
            var session = await store.FindRunningSessionAsync(chat.ConversationId, CancellationToken.None);
            if (session?.OpenItemId == itemId)
                return session.Id;
            await SendAsync(chat.Mention(facilitator, "volgende"));
        }

        throw new InvalidOperationException($"Item {itemId} was never opened.");
    }

    public Uri WallLink(string sessionId, string? lang = null) =>
        new(Service<WallLinks>().Create(BaseAddress.ToString(), sessionId).Url + (lang is null ? "" : "&lang=" + lang));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (connector is not null)
            await connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(databasePath) + "*"))
            File.Delete(file);
        GC.SuppressFinalize(this);
    }
}
