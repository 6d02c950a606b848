using SocialeBasisBot.Deployment.Tests.Infrastructure;

namespace SocialeBasisBot.Deployment.Tests.Teams;

/// <summary>
/// The theme wall's meeting tab in the manifest: offered in the meeting's side panel, on its stage and as a chat tab,
/// configured on a page of the bot itself (a domain Teams trusts), and still valid against the v1.30 schema.
/// </summary>
public class ManifestTabTests
{
    private readonly System.Text.Json.Nodes.JsonNode tab = ManifestFile.Substituted()["configurableTabs"]!.AsArray().Single()!;

    [Fact]
    public void The_tab_is_offered_in_the_side_panel_on_the_stage_and_as_a_meeting_chat_tab()
    {
        var contexts = tab["context"]!.AsArray().Select(c => (string?)c).ToList();

        Assert.Equal(["meetingSidePanel", "meetingStage", "meetingChatTab"], contexts);
        Assert.Equal(["sidePanel", "stage"], tab["meetingSurfaces"]!.AsArray().Select(c => (string?)c));
        Assert.Contains("groupChat", tab["scopes"]!.AsArray().Select(c => (string?)c));
    }

    [Fact]
    public void The_configuration_page_is_the_bots_own_over_https_on_a_valid_domain()
    {
        var url = new Uri((string)tab["configurationUrl"]!);
        var domains = ManifestFile.Substituted()["validDomains"]!.AsArray().Select(d => (string?)d);

        Assert.Equal("https", url.Scheme);
        Assert.Equal("/wall/tab/config", url.AbsolutePath);
        Assert.Contains(url.Host, domains);
    }

    [Fact]
    public async Task The_manifest_with_the_tab_validates_against_the_v1_30_schema_and_a_wrong_context_does_not()
    {
        Assert.Empty(await ManifestSchema.ValidateAsync(ManifestFile.SubstitutedText()));

        var broken = ManifestFile.Substituted();
        broken["configurableTabs"]![0]!["context"]!.AsArray().Add("meetingLobby");
        Assert.NotEmpty(await ManifestSchema.ValidateAsync(broken.ToJsonString()));
    }
}
