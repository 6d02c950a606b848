using System.Net;
using System.Text;
using SocialeBasisBot.Deployment.Tests.Infrastructure;

namespace SocialeBasisBot.Deployment.Tests.Server;

/// <summary>
/// Publishes the bot with the README's command and starts it the way the systemd unit does (same command line,
/// same environment, the state directory moved to a temporary folder), then stops it with SIGTERM as systemd does.
/// </summary>
public sealed class PublishedServiceTests(PublishedApp app) : IClassFixture<PublishedApp>
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    private static readonly string PlainTeamsMessage = File.ReadAllText(
        Path.Combine(RepositoryPaths.Fixtures, "js-rec_message_personal_plain.json"));

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public void Publish_folder_holds_what_the_app_reads_next_to_itself()
    {
        Assert.True(app.Publish.ExitCode == 0, app.Publish.StandardOutput + app.Publish.StandardError);
        Assert.True(File.Exists(Path.Combine(app.Folder, "SocialeBasisBot.dll")));
        Assert.True(File.Exists(Path.Combine(app.Folder, "appsettings.json")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(app.Folder, "dialogs"), "*.yaml"));
    }

    [Fact]
    public async Task Sqlite_service_starts_with_the_units_command_and_environment_and_stops_cleanly_on_sigterm()
    {
        Assert.True(app.Publish.ExitCode == 0, app.Publish.StandardError);
        var stateDir = app.NewFolder("state-sqlite");
        var environment = UnitEnvironment(app.Unit.Environment(), stateDir);

        await using var service = app.Start(environment, out var baseUri);
        var health = await service.WaitForHealthAsync(http, new Uri(baseUri, "/healthz"), StartLimit);

        Assert.Equal(HttpStatusCode.OK, health);
        Assert.True(File.Exists(Path.Combine(stateDir, "socialebasisbot.db")), "The SQLite file is not in the state directory.");
        Assert.False(File.Exists(Path.Combine(app.Folder, "socialebasisbot.db")), "A SQLite file was created in the program folder.");

        var exitCode = await service.StopWithSigtermAsync(TimeSpan.FromSeconds(35));
        Assert.True(exitCode == 0, $"Exit code {exitCode} after SIGTERM.\n{service.Output}");
    }

    [Fact]
    public async Task With_bot_credentials_from_the_env_file_a_request_without_a_token_gets_401()
    {
        // The README's check after installation: with MicrosoftAppId etc. set, /api/messages refuses unsigned posts.
        Assert.True(app.Publish.ExitCode == 0, app.Publish.StandardError);
        var environment = UnitEnvironment(app.Unit.Environment(), app.NewFolder("state-auth"));
        environment["MicrosoftAppType"] = "SingleTenant";
        environment["MicrosoftAppId"] = ManifestFile.SampleAppId;
        environment["MicrosoftAppPassword"] = "not-a-real-secret";
        environment["MicrosoftAppTenantId"] = "7d0c5a2b-3e4f-4a1b-9c8d-6e5f4a3b2c1d";

        await using var service = app.Start(environment, out var baseUri);
        await service.WaitForHealthAsync(http, new Uri(baseUri, "/healthz"), StartLimit);
        using var unsigned = await http.PostAsync(
            new Uri(baseUri, "/api/messages"), new StringContent(PlainTeamsMessage, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
    }

    [Fact]
    public async Task Postgres_option_of_the_unit_runs_against_a_real_postgresql_and_creates_the_schema()
    {
        Assert.True(app.Publish.ExitCode == 0, app.Publish.StandardError);
        await using var postgres = await PostgresCluster.StartAsync();
        await postgres.SqlAsync("CREATE ROLE socialebasisbot LOGIN");
        await postgres.SqlAsync("CREATE DATABASE socialebasisbot OWNER socialebasisbot");

        // Exactly what an operator gets by uncommenting the unit's PostgreSQL lines; only the port differs.
        var environment = UnitEnvironment(app.Unit.Environment(), app.NewFolder("state-postgres"));
        foreach (var (name, value) in app.Unit.CommentedEnvironment())
            environment[name] = value.Replace("Port=5432", $"Port={postgres.Port}", StringComparison.Ordinal);
        Assert.Equal("Postgres", environment["Storage__Provider"]);

        await using (var service = app.Start(environment, out var baseUri))
        {
            var health = await service.WaitForHealthAsync(http, new Uri(baseUri, "/healthz"), StartLimit);
            Assert.True(health == HttpStatusCode.OK, service.Output);
            Assert.Equal(0, await service.StopWithSigtermAsync(TimeSpan.FromSeconds(35)));
        }

        var tables = await postgres.SqlAsync(
            "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = 'public'",
            database: "socialebasisbot");
        Assert.Contains("Sessions", tables.Split(','));
        Assert.Contains("Answers", tables.Split(','));
    }

    /// <summary>The unit's Environment= lines with /var/lib/&lt;StateDirectory&gt; moved to a test folder.</summary>
    private Dictionary<string, string?> UnitEnvironment(Dictionary<string, string> unitEnvironment, string stateDir)
    {
        var stateDirectory = $"/var/lib/{app.Unit.Value("Service", "StateDirectory")}";
        return unitEnvironment.ToDictionary(
            e => e.Key,
            e => (string?)e.Value.Replace(stateDirectory, stateDir, StringComparison.Ordinal));
    }
}
