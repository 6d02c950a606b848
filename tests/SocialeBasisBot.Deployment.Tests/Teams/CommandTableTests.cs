using SocialeBasisBot.Deployment.Tests.Infrastructure;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Sessions.Commands;

namespace SocialeBasisBot.Deployment.Tests.Teams;

/// <summary>
/// Every command in <see cref="CommandTable"/> is complete: help in both languages, its own words, an entry in the
/// Teams manifest with its description, and a row in the README's command table.
/// </summary>
public class CommandTableTests
{
    public static TheoryData<string> Words => [.. CommandTable.All.Select(c => c.Word)];

    private static SessionCommand Command(string word) => CommandTable.All.Single(c => c.Word == word);

    [Theory]
    [MemberData(nameof(Words))]
    public void The_command_has_a_help_line_in_dutch_and_in_english(string word)
    {
        var command = Command(word);

        Assert.StartsWith($"`{word}", command.DutchHelp, StringComparison.Ordinal);
        Assert.StartsWith("`", command.EnglishHelp, StringComparison.Ordinal);
        Assert.Contains($"- {command.DutchHelp}\n", Phrases.Dutch.Help(facilitator: true, programmes: []), StringComparison.Ordinal);
        Assert.Contains($"- {command.EnglishHelp}\n", Phrases.English.Help(facilitator: true, programmes: []), StringComparison.Ordinal);
        Assert.NotEqual(command.DutchHelp, command.EnglishHelp);
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Every_word_of_the_command_parses_to_it_and_only_english_words_switch_to_english(string word)
    {
        var command = Command(word);

        foreach (var typed in command.AllWords)
        {
            var parsed = FacilitatorCommandParser.Parse($"{typed.ToUpperInvariant()} ");
            Assert.Same(command, parsed?.Definition);
            Assert.Equal(command.EnglishWords.Contains(typed), parsed!.IsEnglish);
        }
    }

    [Fact]
    public void No_word_belongs_to_two_commands()
    {
        var words = CommandTable.All.SelectMany(c => c.AllWords).ToList();

        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void The_manifest_offers_the_command_with_its_short_dutch_description(string word)
    {
        // A command may be in the group chats' list and in the 1:1 list; each entry says the same.
        var entries = ManifestFile.Substituted()["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray())
            .Where(c => (string?)c!["title"] == word).ToList();

        Assert.True(entries.Count > 0, $"deployment/teams/manifest.json has no command '{word}'.");
        Assert.All(entries, entry => Assert.Equal(Command(word).ManifestDescription, (string?)entry!["description"]));
        Assert.InRange(Command(word).ManifestDescription.Length, 10, 128);
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void The_readme_command_table_has_a_row_for_the_command(string word)
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal));

        Assert.Contains(rows, r => r.StartsWith($"| `{word}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_command_table_lists_the_commands_in_table_order()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md")).ToList();
        var header = lines.FindIndex(l => l.StartsWith("| command (Dutch)", StringComparison.Ordinal));
        Assert.True(header >= 0, "README.md has no command table.");
        // The first cell starts with the command's word (which may be two words, "mijn gegevens"), then its arguments.
        var cells = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).Select(l => l.Split('`')[1]).ToList();

        Assert.Equal(CommandTable.All.Count, cells.Count);
        Assert.All(CommandTable.All.Zip(cells), p =>
            Assert.True(p.Second == p.First.Word || p.Second.StartsWith(p.First.Word + " ", StringComparison.Ordinal), $"{p.First.Word} ≠ {p.Second}"));
    }
}
