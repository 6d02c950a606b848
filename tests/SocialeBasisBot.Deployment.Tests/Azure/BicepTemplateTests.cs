using System.Text.Json.Nodes;
using SocialeBasisBot.Deployment.Tests.Infrastructure;

namespace SocialeBasisBot.Deployment.Tests.Azure;

/// <summary>
/// deployment/azure/main.bicep builds and lints with the Bicep CLI with no error and no warning (bicepconfig.json
/// turns the linter on), and the ARM template it compiles to has what the README promises.
/// </summary>
public sealed class BicepTemplateTests
{
    private static readonly string Template = Path.Combine(BicepCli.TemplateFolder, "main.bicep");
    private static readonly Lazy<Task<JsonObject>> Compiled = new(CompileAsync);

    [Fact]
    public async Task Template_builds_without_errors_or_warnings()
    {
        var result = await BicepCli.RunAsync(["build", Template, "--stdout"]);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal("", result.StandardError.Trim());
    }

    [Fact]
    public async Task Linter_reports_nothing_on_the_template_and_its_parameter_file()
    {
        foreach (var file in new[] { Template, Path.Combine(BicepCli.TemplateFolder, "main.bicepparam") })
        {
            var result = await BicepCli.RunAsync(["lint", file], SecretsFromEnvironment);

            Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
            Assert.Equal("", (result.StandardOutput + result.StandardError).Trim());
        }
    }

    [Fact]
    public async Task Linter_is_on_and_would_fail_a_warning()
    {
        // An unused parameter is a linter finding: proves the shipped bicepconfig.json turns the linter on and fails it.
        var folder = Directory.CreateTempSubdirectory("sbb-bicep-");
        try
        {
            File.Copy(Path.Combine(BicepCli.TemplateFolder, "bicepconfig.json"), Path.Combine(folder.FullName, "bicepconfig.json"));
            var probe = Path.Combine(folder.FullName, "probe.bicep");
            await File.WriteAllTextAsync(probe, "param unused string\n");

            var result = await BicepCli.RunAsync(["lint", probe]);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("no-unused-params", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Web_app_runs_at_least_two_linux_dotnet_10_instances_over_https_only()
    {
        var arm = await Compiled.Value;
        var instances = arm["parameters"]!["instanceCount"]!;
        Assert.True(instances["minValue"]!.GetValue<int>() >= 2);
        Assert.True(instances["defaultValue"]!.GetValue<int>() >= 2);

        var plan = Resource(arm, "Microsoft.Web/serverfarms");
        Assert.Equal("[parameters('instanceCount')]", plan["sku"]!["capacity"]!.GetValue<string>());
        Assert.True(plan["properties"]!["reserved"]!.GetValue<bool>(), "a Linux plan is 'reserved'");

        var site = Resource(arm, "Microsoft.Web/sites")["properties"]!;
        Assert.True(site["httpsOnly"]!.GetValue<bool>());
        Assert.Equal("DOTNETCORE|10.0", site["siteConfig"]!["linuxFxVersion"]!.GetValue<string>());
        Assert.Equal("1.2", site["siteConfig"]!["minTlsVersion"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(site["siteConfig"]!["healthCheckPath"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Secrets_reach_the_app_only_as_key_vault_references()
    {
        var arm = await Compiled.Value;
        var settings = AppSettings(arm);

        foreach (var name in new[] { "MicrosoftAppPassword", "Exports__SigningKey", "ConnectionStrings__SocialeBasisBot" })
            Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0})'", settings[name], StringComparison.Ordinal);
        Assert.Equal("Postgres", settings["Storage__Provider"]);

        var vault = Resource(arm, "Microsoft.KeyVault/vaults")["properties"]!;
        Assert.True(vault["enableRbacAuthorization"]!.GetValue<bool>());
        Assert.Equal(
            ["DatabaseConnectionString", "ExportsSigningKey", "MicrosoftAppPassword"],
            Resources(arm, "Microsoft.KeyVault/vaults/secrets").Select(s => SecretName(s["name"]!.GetValue<string>())).Order());
        foreach (var secretParameter in new[] { "botAppPassword", "exportSigningKey", "databaseAdminPassword" })
            Assert.Equal("securestring", arm["parameters"]![secretParameter]!["type"]!.GetValue<string>());
        // The web app's identity is the one granted "Key Vault Secrets User".
        var grant = Resource(arm, "Microsoft.Authorization/roleAssignments")["properties"]!;
        Assert.Equal("[variables('keyVaultSecretsUserRole')]", grant["roleDefinitionId"]!.GetValue<string>());
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", arm["variables"]!["keyVaultSecretsUserRole"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Microsoft.Web/sites", grant["principalId"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_points_at_the_web_app_messages_endpoint_with_teams_enabled()
    {
        var arm = await Compiled.Value;
        var bot = Resource(arm, "Microsoft.BotService/botServices");

        var endpoint = bot["properties"]!["endpoint"]!.GetValue<string>();
        Assert.StartsWith("[format('https://{0}/api/messages'", endpoint, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Web/sites", endpoint, StringComparison.Ordinal);
        Assert.Equal("[parameters('botAppId')]", bot["properties"]!["msaAppId"]!.GetValue<string>());
        Assert.Equal("MsTeamsChannel", Resource(arm, "Microsoft.BotService/botServices/channels")["properties"]!["channelName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Postgres_application_insights_and_the_readme_outputs_are_declared()
    {
        var arm = await Compiled.Value;
        Assert.Equal("Burstable", Resource(arm, "Microsoft.DBforPostgreSQL/flexibleServers")["sku"]!["tier"]!.GetValue<string>());
        Assert.NotNull(Resource(arm, "Microsoft.Insights/components"));
        Assert.Contains("Telemetry__AzureMonitorConnectionString", AppSettings(arm).Keys);

        var outputs = arm["outputs"]!.AsObject().Select(o => o.Key).ToList();
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Deployment, "README.md"));
        foreach (var output in outputs)
            Assert.Contains(output, readme, StringComparison.Ordinal);
        Assert.Contains("webAppName", outputs);
        Assert.Contains("botHost", outputs);
    }

    [Fact]
    public async Task Parameter_file_takes_the_secrets_from_the_environment()
    {
        var result = await BicepCli.RunAsync(["build-params", Path.Combine(BicepCli.TemplateFolder, "main.bicepparam"), "--stdout"], SecretsFromEnvironment);

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("signing-key-from-the-environment", result.StandardOutput, StringComparison.Ordinal);
        var parameterFile = await File.ReadAllTextAsync(Path.Combine(BicepCli.TemplateFolder, "main.bicepparam"));
        Assert.DoesNotContain("signing-key", parameterFile, StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, string?> SecretsFromEnvironment = new()
    {
        ["SBB_APP_PASSWORD"] = "app-password-from-the-environment",
        ["SBB_SIGNING_KEY"] = "signing-key-from-the-environment-0123456789",
        ["SBB_DB_PASSWORD"] = "database-password-from-the-environment",
    };

    private static async Task<JsonObject> CompileAsync()
    {
        var result = await BicepCli.RunAsync(["build", Template, "--stdout"]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        return JsonNode.Parse(result.StandardOutput)!.AsObject();
    }

    private static IEnumerable<JsonNode> Resources(JsonObject arm, string type) =>
        arm["resources"]!.AsArray().Select(r => r!).Where(r => r["type"]!.GetValue<string>() == type);

    private static JsonNode Resource(JsonObject arm, string type) => Assert.Single(Resources(arm, type));

    private static Dictionary<string, string> AppSettings(JsonObject arm) =>
        Resource(arm, "Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>());

    // Compiled child names look like "[format('{0}/{1}', variables('keyVaultName'), 'ExportsSigningKey')]".
    private static string SecretName(string armName) => armName.Split('\'')[^2];
}
