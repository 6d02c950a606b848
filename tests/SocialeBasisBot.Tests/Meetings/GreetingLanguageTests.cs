using System.Text.Json.Nodes;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Meetings;

/// <summary>
/// The install greeting speaks the installing person's Teams language (the installationUpdate's locale, as in
/// testdata/teams-fixtures/docs_installationUpdate_add_channel.json) until the chat has had a programme.
/// </summary>
public sealed class GreetingLanguageTests : LiveBotTest
{
    private readonly TeamsUser installer = TeamsChat.User(1);

    [Fact]
    public async Task An_english_teams_client_gets_the_english_greeting()
    {
        var chat = NewGroupChat();

        await SendAsync(WithLocale(chat.InstallationUpdate(installer, "add"), "en-US"));

        var greeting = Assert.Single(Connector.Posts);
        Assert.Contains("mention me in a group chat or channel", greeting.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locale_only_in_the_client_info_entity_counts_too()
    {
        var personal = new TeamsChat(Connector.ServiceUrl, $"a:{Guid.NewGuid():N}", "personal");
        var install = personal.InstallationUpdate(installer, "add");
        install.Remove("locale");
        ((JsonObject)install["entities"]![0]!)["locale"] = "en";

        await SendAsync(install);

        Assert.Contains("in this 1:1 chat just type them", Assert.Single(Connector.Posts).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dutch_client_or_none_gets_the_dutch_greeting()
    {
        var dutch = NewGroupChat();
        var unknown = NewGroupChat();

        await SendAsync(dutch.InstallationUpdate(installer, "add"));
        await SendAsync(unknown.BotAdded(installer));

        Assert.Equal(2, Connector.Posts.Count);
        Assert.All(Connector.Posts, p => Assert.Contains("noem mij met @ in een groepschat of kanaal", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Once_the_chat_had_a_programme_its_language_wins_over_the_client()
    {
        var chat = NewGroupChat();
        await SendAsync(chat.Mention(installer, "start"));
        await SendAsync(chat.Mention(installer, "stop"));
        Connector.Clear();

        await SendAsync(WithLocale(chat.InstallationUpdate(installer, "add"), "en-US"));

        Assert.Contains("noem mij met @ in een groepschat of kanaal", Assert.Single(Connector.Posts).Text, StringComparison.Ordinal);
    }

    private static JsonObject WithLocale(JsonObject activity, string locale)
    {
        activity["locale"] = locale;
        foreach (var entity in ((JsonArray)activity["entities"]!).OfType<JsonObject>())
        {
            entity["locale"] = locale;
        }

        return activity;
    }
}
