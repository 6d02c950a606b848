using System.Text.RegularExpressions;
using SocialeBasisBot.Deployment.Tests.Infrastructure;

namespace SocialeBasisBot.Deployment.Tests.Server;

public partial class SystemdUnitTests
{
    private static readonly string UnitPath = Path.Combine(RepositoryPaths.Deployment, "systemd", "socialebasisbot.service");
    private static readonly string NginxPath = Path.Combine(RepositoryPaths.Deployment, "nginx", "socialebasisbot.conf");

    private readonly SystemdUnit unit = SystemdUnit.Read(UnitPath);

    [Fact]
    public void Service_runs_the_published_dll_with_dotnet_from_the_publish_folder_of_the_readme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Deployment, "README.md"));
        var publish = PublishCommand().Match(readme);
        Assert.True(publish.Success, "deployment/README.md has no `dotnet publish src/SocialeBasisBot -c Release -o <folder>` step.");

        Assert.Equal(publish.Groups["folder"].Value, unit.Value("Service", "WorkingDirectory"));
        Assert.Matches(@"^/usr/bin/dotnet SocialeBasisBot\.dll --urls http://127\.0\.0\.1:\d+$", unit.Value("Service", "ExecStart"));
        Assert.Equal("on-failure", unit.Value("Service", "Restart"));
        Assert.Equal("multi-user.target", unit.Value("Install", "WantedBy"));
    }

    [Fact]
    public void Sqlite_database_is_kept_in_the_state_directory_not_in_the_program_folder()
    {
        var environment = unit.Environment();

        Assert.Equal("Sqlite", environment["Storage__Provider"]);
        var stateDirectory = $"/var/lib/{unit.Value("Service", "StateDirectory")}/";
        Assert.StartsWith($"Data Source={stateDirectory}", environment["ConnectionStrings__SocialeBasisBot"], StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_alternative_is_in_the_unit_as_a_commented_option()
    {
        var text = File.ReadAllText(UnitPath);

        Assert.Contains("#Environment=Storage__Provider=Postgres", text, StringComparison.Ordinal);
        Assert.Contains("#Environment=\"ConnectionStrings__SocialeBasisBot=Host=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Nginx_forwards_to_the_port_the_service_listens_on()
    {
        var port = Regex.Match(unit.Value("Service", "ExecStart")!, @":(\d+)$").Groups[1].Value;
        var nginx = File.ReadAllText(NginxPath);

        Assert.Matches($@"upstream socialebasisbot \{{\s*server 127\.0\.0\.1:{port};", nginx);
        Assert.Contains("location = /api/messages", nginx, StringComparison.Ordinal);
        Assert.Contains("location /exports/", nginx, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Matches(nginx, @"bot\.example\.org").Count(m => !IsInComment(nginx, m.Index)));
    }

    private static bool IsInComment(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', index) + 1;
        return text[lineStart..index].TrimStart().StartsWith('#');
    }

    [GeneratedRegex(@"dotnet publish src/SocialeBasisBot -c Release -o (?<folder>/\S+)")]
    private static partial Regex PublishCommand();
}
