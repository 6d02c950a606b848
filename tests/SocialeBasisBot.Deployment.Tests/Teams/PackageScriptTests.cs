using System.IO.Compression;
using SocialeBasisBot.Deployment.Tests.Infrastructure;

namespace SocialeBasisBot.Deployment.Tests.Teams;

/// <summary>Runs deployment/teams/build-package.sh with bash as an operator would and opens the zip it makes.</summary>
public sealed class PackageScriptTests : IDisposable
{
    private const string AppId = "0b6c9f3e-1d2a-4c5b-8e7f-a1b2c3d4e5f6";
    private const string Host = "socialebasis.example.net";

    private static readonly string Script = Path.Combine(RepositoryPaths.TeamsApp, "build-package.sh");

    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("sbb-package-");

    public void Dispose() => output.Delete(recursive: true);

    private string ZipPath => Path.Combine(output.FullName, "SocialeBasisBot.zip");

    [Theory]
    [InlineData("zip")]
    [InlineData("python3")]
    public async Task Package_holds_manifest_and_both_icons_with_the_app_id_filled_in(string zipper)
    {
        // "zip" is the default; on a machine without the zip tool the script falls back to python3 there too.
        var result = await RunAsync([AppId, Host], new() { ["PACKAGE_ZIPPER"] = zipper });

        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(ZipPath, result.StandardOutput.Trim());
        using var zip = ZipFile.OpenRead(ZipPath);
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());

        string manifest;
        using (var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open()))
            manifest = await reader.ReadToEndAsync();
        Assert.DoesNotContain("{{", manifest, StringComparison.Ordinal);
        Assert.Equal(ManifestFile.SubstitutedText(AppId, Host), manifest);
        var errors = await ManifestSchema.ValidateAsync(manifest);
        Assert.True(errors.Count == 0, ManifestSchema.Describe(errors));

        using var icon = new MemoryStream();
        await using (var entry = zip.GetEntry("color.png")!.Open())
            await entry.CopyToAsync(icon);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.TeamsApp, "color.png")), icon.ToArray());
    }

    [Fact]
    public async Task App_id_and_host_may_come_from_the_environment()
    {
        var result = await RunAsync([], new() { ["MicrosoftAppId"] = AppId, ["BotHost"] = Host });

        Assert.True(result.ExitCode == 0, result.StandardError);
        using var zip = ZipFile.OpenRead(ZipPath);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        Assert.Contains($"\"botId\": \"{AppId}\"", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-guid", Host, "geen GUID")]
    [InlineData(AppId, "https://bot.example.org/api/messages", "geen hostnaam")]
    [InlineData(AppId, "bot.example.org/x;rm", "geen hostnaam")]
    public async Task Bad_input_is_refused_with_a_clear_message_and_no_package(string appId, string host, string message)
    {
        var result = await RunAsync([appId, host], []);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [Fact]
    public async Task Missing_app_id_prints_the_usage()
    {
        var result = await RunAsync([], new() { ["MicrosoftAppId"] = null, ["BotHost"] = null });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("build-package.sh <MicrosoftAppId> <BotHost>", result.StandardError, StringComparison.Ordinal);
    }

    private Task<ProcessResult> RunAsync(string[] arguments, Dictionary<string, string?> environment)
    {
        environment["PACKAGE_OUT_DIR"] = output.FullName;
        return ProcessRunner.RunAsync("bash", [Script, .. arguments], environment);
    }
}
