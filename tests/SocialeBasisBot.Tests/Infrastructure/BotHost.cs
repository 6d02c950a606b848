using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialeBasisBot.Tests.Infrastructure;

/// <summary>
/// The real bot host (Program) on loopback Kestrel, with a SQLite file that outlives a restart of the host.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    private readonly Action<IServiceCollection>? services;

    public BotHost(string databasePath, IDictionary<string, string?>? extra = null, Action<IServiceCollection>? services = null)
    {
        this.services = services;
        DatabasePath = databasePath;
        settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:SocialeBasisBot"] = $"Data Source={databasePath}",
            ["Storage:Provider"] = "Sqlite",
            ["Programmes:Folder"] = RepositoryPaths.Dialogs,
            ["Teams:SendRetryDelay"] = "00:00:00.050",
            ["Outbox:PollInterval"] = "00:00:00.050",
            // The local connector does not throttle, and many tests run on a clock that moves only when they move it;
            // the rate per chat is tested on its own (storage contract, OutboxRateTests).
            ["Outbox:PerSecond"] = "0",
            ["Outbox:PerTwoSeconds"] = "0",
            ["Outbox:PerHalfMinute"] = "0",
            ["Outbox:PerHour"] = "0",
            ["Outbox:FirstBackoff"] = "00:00:00.050",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
            // Many short-lived hosts: the engine's start-up theming (1–1.5 processor-seconds each) would only
            // compete with the tests; WarmUpTests and AnswerPreparationTests test it.
            ["Themes:WarmUpRounds"] = "0",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        UseKestrel(0);
    }

    public string DatabasePath { get; }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        // Telemetry decides while Program registers its services, before app configuration is read; host settings
        // are visible then.
        foreach (var (key, value) in settings.Where(s => s.Key.StartsWith("Telemetry:", StringComparison.Ordinal)))
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }

    public HttpClient Client()
    {
        StartServer();
        return CreateClient();
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Posts an activity to /api/messages, expects Teams' "accepted", and waits (at most 30 s) until what the turn
    /// queued in the outbox (closed cards, summaries) has gone out, as a person in the chat would before typing on.
    /// </summary>
    public async Task SendAsync(System.Text.Json.Nodes.JsonObject activity)
    {
        using var response = await PostActivityAsync(activity.ToJsonString());
        Assert.True(response.StatusCode is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.Accepted,
            $"{activity["type"]}: {(int)response.StatusCode}");
        Assert.True(await OutboxSentAsync(TimeSpan.FromSeconds(30)), $"{activity["type"]}: what the bot said went out within 30 s");
    }

    /// <summary>True once no message but count refreshes waits in the outbox; false after <paramref name="timeout"/>.</summary>
    public async Task<bool> OutboxSentAsync(TimeSpan timeout)
    {
        var outbox = Service<SocialeBasisBot.Storage.OutboxStore>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await outbox.CountPendingAsync(CancellationToken.None) > 0)
        {
            if (waited.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }

        return true;
    }

    /// <summary>Says `volgende` until the card of <paramref name="itemId"/> has been posted, and returns that post.</summary>
    public async Task<ConnectorCall> AdvanceToAsync(LocalTeamsConnector connector, TeamsChat chat, TeamsUser facilitator, string itemId)
    {
        for (var step = 0; step < 30; step++)
        {
            var card = connector.Posts.LastOrDefault(p => p.SubmitData?["item"]?.GetValue<string>() == itemId);
            if (card is not null)
            {
                return card;
            }

            await SendAsync(chat.Mention(facilitator, "volgende"));
        }

        throw new InvalidOperationException($"Item {itemId} was never posted.");
    }

    public async Task<HttpResponseMessage> PostActivityAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await Client().PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }
}
