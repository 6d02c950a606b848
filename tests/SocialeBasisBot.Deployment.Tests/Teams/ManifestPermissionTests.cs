using System.Text.Json.Nodes;
using SocialeBasisBot.Deployment.Tests.Infrastructure;

namespace SocialeBasisBot.Deployment.Tests.Teams;

public class ManifestPermissionTests
{
    private readonly JsonObject manifest = ManifestFile.Substituted();

    private JsonObject Bot => manifest["bots"]!.AsArray().Single()!.AsObject();

    private List<(string? Name, string? Type)> ResourceSpecific =>
        [.. manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray()
            .Select(p => ((string?)p!["name"], (string?)p["type"]))];

    [Theory]
    [InlineData("ChatMessage.Read.Chat")] // all messages in group and meeting chats, without @mention
    [InlineData("ChannelMessage.Read.Group")] // all messages in team channels, without @mention
    [InlineData("OnlineMeeting.ReadBasic.Chat")] // meeting start and end events
    [InlineData("ChannelMeeting.ReadBasic.Group")] // start and end events of channel meetings
    public void Resource_specific_consent_asks_for_the_application_permission(string name)
    {
        Assert.Contains((name, "Application"), ResourceSpecific);
    }

    [Fact]
    public void Web_application_info_names_the_bot_app_with_a_resource_so_rsc_is_accepted()
    {
        // RSC needs webApplicationInfo; its resource "has no operation in RSC, but must be added with a value".
        Assert.Equal(ManifestFile.SampleAppId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)manifest["webApplicationInfo"]!["resource"]));
        Assert.Equal(ManifestFile.SampleAppId, (string?)Bot["botId"]);
        Assert.Equal(ManifestFile.SampleAppId, (string?)manifest["id"]);
    }

    [Fact]
    public void Bot_is_installable_in_teams_group_chats_and_personal_chat_and_supports_files()
    {
        var scopes = Bot["scopes"]!.AsArray().Select(s => (string?)s).Order().ToList();

        Assert.Equal(["groupChat", "personal", "team"], scopes);
        Assert.True((bool?)Bot["supportsFiles"]); // file consent cards in personal chat
        Assert.NotEqual(true, (bool?)Bot["isNotificationOnly"]);
    }

    [Fact]
    public void Full_description_tells_how_the_chat_messages_it_reads_are_used()
    {
        // Store rule for RSC message permissions: the description must say how the bot uses the data it reads.
        var full = (string)manifest["description"]!["full"]!;

        foreach (var (name, _) in ResourceSpecific)
            Assert.Contains(name!, full, StringComparison.Ordinal);
        Assert.Contains("zonder @vermelding", full, StringComparison.Ordinal);
        Assert.Contains("niet bewaard", full, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_domains_hold_the_bot_host_so_its_download_links_are_trusted()
    {
        var domains = manifest["validDomains"]!.AsArray().Select(d => (string?)d).ToList();

        Assert.Equal([ManifestFile.SampleHost], domains);
    }

    [Fact]
    public void Texts_are_dutch_first()
    {
        Assert.Equal("nl-nl", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
        Assert.StartsWith("Begeleidt", (string)manifest["description"]!["short"]!, StringComparison.Ordinal);
    }
}
