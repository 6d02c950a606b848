using System.Text.Json.Nodes;

namespace SocialeBasisBot.Deployment.Tests.Infrastructure;

/// <summary>deployment/teams/manifest.json as committed, and with its placeholders filled in as build-package.sh does.</summary>
public static class ManifestFile
{
    public const string SampleAppId = "3f2a6c1e-8b4d-4e2f-9a7c-5d1b0e6f4a21";
    public const string SampleHost = "bot.example.org";

    public static string Path => System.IO.Path.Combine(RepositoryPaths.TeamsApp, "manifest.json");

    public static string RawText() => File.ReadAllText(Path);

    public static string SubstitutedText(string appId = SampleAppId, string host = SampleHost) =>
        RawText().Replace("{{MicrosoftAppId}}", appId, StringComparison.Ordinal)
            .Replace("{{BotHost}}", host, StringComparison.Ordinal);

    public static JsonObject Substituted() =>
        JsonNode.Parse(SubstitutedText())?.AsObject()
            ?? throw new InvalidDataException($"{Path} is not a JSON object.");
}
