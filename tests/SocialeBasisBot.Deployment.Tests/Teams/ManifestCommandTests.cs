using SocialeBasisBot.Deployment.Tests.Infrastructure;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Sessions.Commands;

namespace SocialeBasisBot.Deployment.Tests.Teams;

/// <summary>The command menu Teams shows must offer exactly the bot's Dutch commands, as the bot parses them.</summary>
public class ManifestCommandTests
{
    private readonly List<(string Title, string Description)> commands = [.. ManifestFile.Substituted()["bots"]![0]!["commandLists"]!
        .AsArray()
        .SelectMany(list => list!["commands"]!.AsArray())
        .Select(c => ((string)c!["title"]!, (string?)c["description"] ?? ""))];

    [Fact]
    public void Manifest_lists_the_ten_dutch_commands_in_order()
    {
        Assert.Equal(
            ["start", "volgende", "sluit", "timer", "verleng", "samenvatting", "status", "export", "stop", "help"],
            commands.Select(c => c.Title));
        Assert.Equal(CommandTable.All.Select(c => c.Word), commands.Select(c => c.Title));
    }

    [Fact]
    public void Every_listed_command_is_one_the_bot_parses_and_together_they_cover_every_command()
    {
        var parsed = commands.Select(c =>
        {
            var command = FacilitatorCommandParser.Parse(c.Title);
            Assert.True(command is not null, $"The bot does not recognise the manifest command '{c.Title}'.");
            Assert.False(command.IsEnglish, $"'{c.Title}' is parsed as an English alias.");
            return command.Definition;
        }).ToList();

        Assert.Equal(CommandTable.All, parsed);
    }

    [Fact]
    public void Every_listed_command_appears_in_the_bots_dutch_help_text()
    {
        var help = Phrases.Dutch.Help(facilitator: true, programmes: []);

        foreach (var (title, _) in commands)
            Assert.Contains($"`{title}", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_has_a_short_dutch_description()
    {
        // Teams shows the description in a one-line menu; 128 characters was the limit in earlier schemas.
        Assert.All(commands, c => Assert.InRange(c.Description.Length, 10, 128));
    }

    [Fact]
    public void The_command_list_is_offered_in_every_scope_the_bot_is_installed_in()
    {
        var bot = ManifestFile.Substituted()["bots"]![0]!;
        var botScopes = bot["scopes"]!.AsArray().Select(s => (string?)s).Order();
        var listScopes = bot["commandLists"]!.AsArray()
            .SelectMany(l => l!["scopes"]!.AsArray().Select(s => (string?)s)).Distinct().Order();

        Assert.Equal(botScopes, listScopes);
    }
}
