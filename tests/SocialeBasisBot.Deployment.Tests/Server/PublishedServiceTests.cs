using System.Net;
using System.Net.Sockets;
using SocialeBasisBot.Deployment.Tests.Infrastructure;

namespace SocialeBasisBot.Deployment.Tests.Server;

/// <summary>
/// Publishes the bot with the README's command and starts it the way the systemd unit does (same command line,
/// same environment, the state directory moved to a temporary folder), then stops it with SIGTERM as systemd does.
/// </summary>
public sealed class PublishedServiceTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("sbb-publish-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public async Task Published_app_starts_with_the_units_command_and_environment_and_stops_cleanly_on_sigterm()
    {
        var publishDir = Path.Combine(work.FullName, "opt");
        var stateDir = Path.Combine(work.FullName, "state");
        Directory.CreateDirectory(stateDir);

        var publish = await ProcessRunner.RunAsync(
            "dotnet",
            ["publish", "src/SocialeBasisBot", "-c", "Release", "-o", publishDir, "--disable-build-servers", "-nologo"],
            timeout: TimeSpan.FromMinutes(8));
        Assert.True(publish.ExitCode == 0, publish.StandardOutput + publish.StandardError);
        Assert.True(File.Exists(Path.Combine(publishDir, "appsettings.json")), "appsettings.json is not in the publish folder.");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(publishDir, "dialogs"), "*.yaml"));

        var unit = SystemdUnit.Read(Path.Combine(RepositoryPaths.Deployment, "systemd", "socialebasisbot.service"));
        var environment = unit.Environment().ToDictionary(
            e => e.Key,
            e => (string?)e.Value.Replace($"/var/lib/{unit.Value("Service", "StateDirectory")}", stateDir, StringComparison.Ordinal));
        var port = FreePort();
        var execStart = unit.Value("Service", "ExecStart")!.Split(' ');
        Assert.Equal(["/usr/bin/dotnet", "SocialeBasisBot.dll", "--urls"], execStart[..3]);
        string[] arguments = [execStart[1], "--urls", $"http://127.0.0.1:{port}"];

        await using var service = ServiceProcess.Start("dotnet", arguments, publishDir, environment);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = await service.WaitForHealthAsync(http, new Uri($"http://127.0.0.1:{port}/healthz"), TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, health);
        Assert.True(File.Exists(Path.Combine(stateDir, "socialebasisbot.db")), "The SQLite file is not in the state directory.");
        Assert.False(File.Exists(Path.Combine(publishDir, "socialebasisbot.db")), "A SQLite file was created in the program folder.");

        var exitCode = await service.StopWithSigtermAsync(TimeSpan.FromSeconds(35));
        Assert.True(exitCode == 0, $"Exit code {exitCode} after SIGTERM.\n{service.Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
