using SocialeBasisBot.Programme;
using SocialeBasisBot.Programme.Kinds;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Teams.Cards;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Cards;

/// <summary>
/// Every registered item kind is complete: a unique YAML name that a programme file can use, a card template that
/// renders as a valid Adaptive Card. (That a kind taking answers has a summary: Core.Tests ItemKindSummaryTests.)
/// </summary>
public sealed class ItemKindTests
{
    private readonly ItemCards cards = new();

    public static TheoryData<ProgrammeItemKind> Kinds => [.. Enum.GetValues<ProgrammeItemKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_is_registered_once(ProgrammeItemKind kind)
    {
        Assert.Single(ItemKinds.All, k => k.Kind == kind);
        Assert.Equal(kind, ItemKinds.Of(kind).Kind);
    }

    [Fact]
    public void No_yaml_name_belongs_to_two_kinds()
    {
        var names = ItemKinds.All.SelectMany(k => k.AllYamlNames).Select(n => n.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ItemKinds.All, k => Assert.All(k.AllYamlNames, n => Assert.Same(k, ItemKinds.FromYaml(n))));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_renders_with_its_own_template_as_a_valid_card(ProgrammeItemKind kind)
    {
        var programme = ProgrammeOf(kind);
        var item = programme.Items[0];

        var card = cards.Render(programme, item, "sessie-1", 1, 1, 2, item.IsQuestion, Phrases.Dutch);

        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "src", "SocialeBasisBot", "Teams", "Cards", item.Descriptor.CardTemplate + ".json")));
        var results = AdaptiveCardSchema.Evaluate(card);
        Assert.True(results.IsValid, AdaptiveCardSchema.Describe(results));
        Assert.Contains("Titel van het onderdeel", CardText.All(card));
    }

    /// <summary>A one-item programme written as a programme author would, so the YAML name is read too.</summary>
    private static WebinarProgramme ProgrammeOf(ProgrammeItemKind kind)
    {
        var descriptor = ItemKinds.Of(kind);
        var yaml = $"""
            id: soorten
            title: Soorten
            items:
              - id: een
                kind: {descriptor.YamlName}
                title: Titel van het onderdeel
                text: Wat zie jij?

            """ + (descriptor.OwnFields.Contains("options") ? "    options: [{ id: A, label: a }, { id: B, label: b }]\n" : "");
        return ProgrammeLoader.Parse(yaml, "soorten.yaml");
    }
}
