using SocialeBasisBot.Deployment.Tests.Infrastructure;

namespace SocialeBasisBot.Deployment.Tests.Teams;

/// <summary>
/// "Mijn sessies" in the manifest: a personal static tab on the bot's own page, and webApplicationInfo naming the
/// Application ID URI that Teams SSO asks a token for (api://host/app id), which the bot accepts as the audience.
/// </summary>
public class ManifestSessionsTabTests
{
    private readonly System.Text.Json.Nodes.JsonNode manifest = ManifestFile.Substituted();

    [Fact]
    public void The_sessions_tab_is_a_personal_static_tab_on_the_bots_own_page()
    {
        var tab = manifest["staticTabs"]!.AsArray().Single(t => (string?)t!["entityId"] == "mijn-sessies")!;
        var url = new Uri((string)tab["contentUrl"]!);

        Assert.Equal("Mijn sessies", (string?)tab["name"]);
        Assert.Equal(["personal"], tab["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("https", url.Scheme);
        Assert.Equal("/organisers", url.AbsolutePath);
        Assert.Contains(url.Host, manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public void Single_sign_on_asks_for_the_bots_application_id_uri_on_its_own_host()
    {
        var info = manifest["webApplicationInfo"]!;
        var tab = new Uri((string)manifest["staticTabs"]![0]!["contentUrl"]!);

        Assert.Equal(ManifestFile.SampleAppId, (string?)info["id"]);
        // Teams requires the resource's host to be the tab's domain, and its path to end in the app id.
        Assert.Equal($"api://{tab.Host}/{ManifestFile.SampleAppId}", (string?)info["resource"]);
    }

    [Fact]
    public async Task The_manifest_with_the_static_tab_validates_and_one_with_an_unknown_scope_does_not()
    {
        Assert.Empty(await ManifestSchema.ValidateAsync(ManifestFile.SubstitutedText()));

        var broken = ManifestFile.Substituted();
        broken["staticTabs"]![0]!["scopes"]!.AsArray().Add("meeting");
        Assert.NotEmpty(await ManifestSchema.ValidateAsync(broken.ToJsonString()));
    }
}
