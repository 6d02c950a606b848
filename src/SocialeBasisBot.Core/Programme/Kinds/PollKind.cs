using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Programme.Kinds;

/// <summary>A poll or checklist with fixed options; summarised by counting the choices.</summary>
public sealed class PollKind : ItemKind
{
    private static readonly string[] OptionKeys = ["id", "label"];

    public override ProgrammeItemKind Kind => ProgrammeItemKind.Poll;

    public override string YamlName => "poll";

    public override IReadOnlyList<string> YamlAliases => ["peiling", "checklist"];

    public override string DutchDescription => "een poll";

    public override IReadOnlyList<string> OwnFields => ["options", "multipleChoice"];

    public override bool IsQuestion => true;

    public override string CardTemplate => "poll";

    public override string Hint(ProgrammeItem item, Phrases say) => say.ChooseOptions(item.MultipleChoice);

    public override bool TakesChoices => true;

    internal override Func<ProgrammeItem, ProgrammeItem> ReadOwnFields(ItemYaml yaml)
    {
        var options = new List<PollOption>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in yaml.Fields.Mappings("options", "Elke optie"))
        {
            var option = new YamlFields(node, $"een optie van {yaml.Context}", OptionKeys, yaml.Errors);
            var id = option.String("id", required: true);
            var label = option.String("label", required: true);
            if (id is not null && !ids.Add(id))
            {
                yaml.Errors.Add(option.PositionOf("id"), $"Optie '{id}' komt twee keer voor bij {yaml.Context}.");
            }
            else if (id is not null && label is not null)
            {
                options.Add(new PollOption { Id = id, Label = label });
            }
        }

        if (ids.Count < 2)
        {
            yaml.Errors.Add(yaml.Fields.PositionOf("options"),
                $"{yaml.Capitalised} is een poll en heeft minstens twee 'options' nodig (elk met 'id' en 'label').");
        }

        var multipleChoice = yaml.Fields.Bool("multipleChoice");
        return item => item with { Options = options, MultipleChoice = multipleChoice };
    }

    public override Task<ItemSummary?> SummarizeAsync(ItemSummaryInput input, CancellationToken ct) =>
        Task.FromResult<ItemSummary?>(PollSummarizer.Summarize(input.Programme, input.Item, input.Answers));
}
