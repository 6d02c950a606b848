using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Programme.Kinds;

/// <summary>An open question answered in the chat or in the card; summarised by theme.</summary>
public sealed class OpenQuestionKind : ItemKind
{
    private static readonly string[] ThemeKeys = ["id", "label", "description", "examples", "buildingBlocks"];

    public override ProgrammeItemKind Kind => ProgrammeItemKind.OpenQuestion;

    public override string YamlName => "openQuestion";

    public override IReadOnlyList<string> YamlAliases => ["question", "vraag", "openvraag"];

    public override string DutchDescription => "een open vraag (openQuestion)";

    public override IReadOnlyList<string> OwnFields => ["expectedThemes"];

    public override bool IsQuestion => true;

    public override string CardTemplate => "question";

    /// <summary>Expected themes guide the grouping of the answers (see docs/themes.md).</summary>
    internal override Func<ProgrammeItem, ProgrammeItem> ReadOwnFields(ItemYaml yaml)
    {
        var themes = new List<ExpectedThemeDefinition>();
        foreach (var node in yaml.Fields.Mappings("expectedThemes", "Elk thema"))
        {
            var theme = new YamlFields(node, $"een verwacht thema van {yaml.Context}", ThemeKeys, yaml.Errors);
            var id = yaml.Reader.Identifier(theme, $"een verwacht thema van {yaml.Context}");
            var label = theme.String("label", required: true);
            var themeContext = id is null ? $"een verwacht thema van {yaml.Context}" : $"thema '{id}'";
            var blockIds = yaml.Reader.BlockReferences(theme, themeContext);
            if (id is not null && !yaml.Reader.ClaimThemeId(id))
            {
                yaml.Errors.Add(theme.PositionOf("id"), $"Thema-id '{id}' komt twee keer voor in dit programma.");
                continue;
            }

            if (id is null || label is null)
            {
                continue;
            }

            themes.Add(new ExpectedThemeDefinition
            {
                Id = id,
                Label = label,
                Description = theme.String("description") ?? "",
                Examples = [.. theme.StringList("examples").Select(e => e.Value)],
                BuildingBlocks = blockIds,
            });
        }

        return item => item with { ExpectedThemes = themes };
    }

    public override async Task<ItemSummary?> SummarizeAsync(ItemSummaryInput input, CancellationToken ct) =>
        await input.Questions.SummarizeAsync(input.Programme, input.Item, input.Answers, ct);
}
