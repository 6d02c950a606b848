using System.Text.Json.Nodes;
using NJsonSchema;
using SocialeBasisBot.Deployment.Tests.Infrastructure;
using SocialeBasisBot.Sessions.Commands;

namespace SocialeBasisBot.Deployment.Tests.Teams;

/// <summary>The manifest in English (localizationInfo → en.json), checked against the v1.30 localisation schema.</summary>
public class ManifestLocalizationTests
{
    private static readonly string EnglishPath = Path.Combine(RepositoryPaths.TeamsApp, "en.json");
    private readonly JsonObject manifest = ManifestFile.Substituted();
    private readonly JsonObject english = JsonNode.Parse(File.ReadAllText(EnglishPath))!.AsObject();

    [Fact]
    public async Task The_english_file_is_valid_against_the_localization_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Fixtures, "teams-manifest-localization.schema.json"));

        var errors = ManifestSchemaErrors(schema.Validate(File.ReadAllText(EnglishPath)));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task The_localization_schema_check_rejects_an_unknown_key_and_a_long_short_name()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepositoryPaths.Fixtures, "teams-manifest-localization.schema.json"));
        var wrong = english.DeepClone().AsObject();
        wrong["name.short"] = new string('x', 31);
        wrong["bots[0].commandLists[0].commands[0].titel"] = "start";

        Assert.NotEmpty(schema.Validate(wrong.ToJsonString()));
    }

    [Fact]
    public void Localization_info_names_english_for_en_us_and_every_english_locale()
    {
        var info = manifest["localizationInfo"]!;
        var languages = info["additionalLanguages"]!.AsArray().Select(l => ((string?)l!["languageTag"], (string?)l["file"])).ToList();

        Assert.Equal("nl-nl", (string?)info["defaultLanguageTag"]);
        // en-us as asked; "en" too, because Teams overlays language-only strings for every English locale (en-gb…).
        Assert.Equal([("en-us", "en.json"), ("en", "en.json")], languages);
        Assert.True(File.Exists(EnglishPath));
    }

    [Fact]
    public void English_command_menu_offers_the_english_words_the_bot_parses_in_the_manifests_order()
    {
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        for (var list = 0; list < lists.Count; list++)
        {
            var dutch = lists[list]!["commands"]!.AsArray();
            for (var i = 0; i < dutch.Count; i++)
            {
                var title = (string?)english[$"bots[0].commandLists[{list}].commands[{i}].title"];
                var description = (string?)english[$"bots[0].commandLists[{list}].commands[{i}].description"];
                var expected = FacilitatorCommandParser.Parse((string)dutch[i]!["title"]!)!.Definition;

                Assert.False(string.IsNullOrWhiteSpace(description), $"list {list} command {i} has no English description");
                var parsed = FacilitatorCommandParser.Parse(title);
                Assert.True(parsed is not null, $"The bot does not recognise the English menu command '{title}'.");
                Assert.Same(expected, parsed.Definition);
                Assert.Equal(expected.EnglishWords.Count > 0 ? expected.EnglishWords[0] : expected.Word, title);
            }

            Assert.False(english.ContainsKey($"bots[0].commandLists[{list}].commands[{dutch.Count}].title"), "en.json names more commands than the manifest");
        }

        Assert.False(english.ContainsKey($"bots[0].commandLists[{lists.Count}].commands[0].title"), "en.json names a command list the manifest lacks");
    }

    [Fact]
    public void English_description_names_every_permission_as_the_dutch_one_does()
    {
        var full = (string)english["description.full"]!;
        foreach (var permission in manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray())
            Assert.Contains((string)permission!["name"]!, full, StringComparison.Ordinal);
    }

    private static List<string> ManifestSchemaErrors(ICollection<NJsonSchema.Validation.ValidationError> errors) =>
        [.. errors.Select(e => $"{e.Path}: {e.Kind} {e.Property}")];
}
