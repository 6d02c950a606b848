using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SocialeBasisBot.IntakeBenchmarks.BareBot;

/// <summary>
/// Runs <see cref="BareBot"/> behind a plain CloudAdapter on /api/messages (and /healthz, so it is started the same
/// way as the real bot). Started by the benchmark as its own process (`bare-bot --urls …`), like the real bot, so
/// both get the machine on the same terms.
/// </summary>
public static class BareBotHost
{
    public static async Task<int> RunAsync(string urls, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "BareBot" });
        builder.WebHost.UseUrls(urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // No MicrosoftAppId: anonymous mode, as the real bot runs in the benchmark.
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp =>
            new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, BareBot>();

        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok());
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken token) =>
            adapter.ProcessAsync(request, response, bot, token));
        await app.StartAsync(ct);
        await app.WaitForShutdownAsync(ct);
        return 0;
    }
}
