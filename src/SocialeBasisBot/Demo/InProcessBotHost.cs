using System.Diagnostics;
using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SocialeBasisBot.Demo;

/// <summary>
/// Runs the bot exactly as <c>dotnet run</c> does (Program's own top-level code: the same services, endpoints and
/// configuration files), only with settings for the demo passed as command-line arguments. Program's entry point is
/// called on its own thread, the way ASP.NET Core's test host does it; the built host is caught through the hosting
/// diagnostic events so the demo can find its address and stop it again.
/// </summary>
public sealed class InProcessBotHost : IAsyncDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private const string RunIdSetting = "Demo:RunId";
    private readonly string runId = Guid.NewGuid().ToString("N");
    private readonly TaskCompletionSource<(IServer Server, IHostApplicationLifetime Lifetime)> built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IDisposable> subscriptions = [];
    private readonly Lock gate = new();
    private Task<int>? run;
    private IHostApplicationLifetime? lifetime;

    private InProcessBotHost()
    {
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the bot with <paramref name="settings"/> (configuration keys) on a free loopback port.</summary>
    public static async Task<InProcessBotHost> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout, CancellationToken ct)
    {
        var bot = new InProcessBotHost();
        bot.subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(bot));
        var args = new List<string> { "--urls", "http://127.0.0.1:0", $"--{RunIdSetting}={bot.runId}" };
        foreach (var (key, value) in settings)
        {
            args.Add($"--{key}={value}");
        }

        var entryPoint = typeof(Program).Assembly.EntryPoint
            ?? throw new InvalidOperationException("The bot assembly has no entry point.");
        bot.run = Task.Factory.StartNew(
            () => entryPoint.Invoke(null, [args.ToArray()]) is int code ? code : 0,
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            var finished = await Task.WhenAny(bot.built.Task, bot.run).WaitAsync(timeout, ct);
            if (finished == bot.run)
            {
                await bot.run; // rethrows why the bot did not start (e.g. an invalid programme file)
                throw new InvalidOperationException("The bot stopped before it started listening.");
            }

            (var server, bot.lifetime) = await bot.built.Task;
            bot.BaseAddress = await bot.WaitForAddressAsync(server, timeout, ct);
            return bot;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            await bot.DisposeAsync();
            throw ex.InnerException;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (gate)
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }

            subscriptions.Clear();
        }

        // Stopping through the lifetime lets Program's own RunAsync return and dispose the host, as on Ctrl+C.
        lifetime?.StopApplication();

        if (run is not null)
        {
            try
            {
                await run.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception ex) when (ex is TimeoutException or TargetInvocationException or InvalidOperationException)
            {
                // The bot was already failing or did not stop in time; the demo reports its own outcome.
            }
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.Extensions.Hosting")
        {
            lock (gate)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        // Other hosts may be built in the same process (tests run in parallel): ours carries our run id.
        if (value is { Key: "HostBuilt", Value: IHost candidate }
            && candidate.Services.GetService<IConfiguration>()?[RunIdSetting] == runId)
        {
            // Taken now: if start-up fails, Program disposes the host and its services can no longer be asked.
            built.TrySetResult((candidate.Services.GetRequiredService<IServer>(),
                candidate.Services.GetRequiredService<IHostApplicationLifetime>()));
        }
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    private async Task<Uri> WaitForAddressAsync(IServer server, TimeSpan timeout, CancellationToken ct)
    {
        // The host is built but Kestrel binds its port only when Program calls RunAsync; /healthz answers 200 once the
        // storage is reachable, after the start-up checks (programmes, database) have run.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        while (true)
        {
            if (run!.IsCompleted)
            {
                await run; // rethrows why start-up failed
                throw new InvalidOperationException("The bot stopped before it started listening.");
            }

            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
                .FirstOrDefault(a => !a.EndsWith(":0", StringComparison.Ordinal) && !a.EndsWith(":0/", StringComparison.Ordinal));
            if (address is not null && await HealthyAsync(new Uri(address.TrimEnd('/') + "/healthz"), deadline.Token))
            {
                return new Uri(address.TrimEnd('/') + "/");
            }

            await Task.Delay(25, deadline.Token);
        }
    }

    private static async Task<bool> HealthyAsync(Uri health, CancellationToken ct)
    {
        using var client = new HttpClient();
        try
        {
            using var response = await client.GetAsync(health, ct);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
