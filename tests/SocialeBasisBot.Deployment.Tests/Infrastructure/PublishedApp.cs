namespace SocialeBasisBot.Deployment.Tests.Infrastructure;

/// <summary>
/// The bot published once per test class with the README's command (to a temporary folder instead of
/// /opt/socialebasisbot), plus the systemd unit it is meant to run under.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("sbb-publish-");

    public string Folder => Path.Combine(work.FullName, "opt");

    public ProcessResult Publish { get; private set; } = new(-1, "", "not published");

    public SystemdUnit Unit { get; } = SystemdUnit.Read(Path.Combine(RepositoryPaths.Deployment, "systemd", "socialebasisbot.service"));

    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(work.FullName, name)).FullName;

    public async Task InitializeAsync() =>
        Publish = await ProcessRunner.RunAsync(
            "dotnet",
            ["publish", "src/SocialeBasisBot", "-c", "Release", "-o", Folder, "--disable-build-servers", "-nologo"],
            timeout: TimeSpan.FromMinutes(8));

    public Task DisposeAsync()
    {
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Starts the app as the unit's ExecStart does, on a free loopback port, from the publish folder.</summary>
    public ServiceProcess Start(IReadOnlyDictionary<string, string?> environment, out Uri baseUri)
    {
        var port = ServiceProcess.FreePort();
        var execStart = Unit.Value("Service", "ExecStart")!.Split(' ');
        baseUri = new Uri($"http://127.0.0.1:{port}");
        return ServiceProcess.Start("dotnet", [execStart[1], "--urls", baseUri.ToString().TrimEnd('/')], Folder, environment);
    }
}
