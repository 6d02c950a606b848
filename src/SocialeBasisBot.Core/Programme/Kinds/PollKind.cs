using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Programme.Kinds;

/// <summary>A poll or checklist with fixed options; summarised by counting the choices.</summary>
public sealed class PollKind : ItemKind
{
    public override ProgrammeItemKind Kind => ProgrammeItemKind.Poll;

    public override string YamlName => "poll";

    public override IReadOnlyList<string> YamlAliases => ["peiling", "checklist"];

    public override string DutchDescription => "een poll";

    public override IReadOnlyList<string> OwnFields => ["options", "multipleChoice"];

    public override bool IsQuestion => true;

    public override string CardTemplate => "poll";

    public override string Hint(ProgrammeItem item, Phrases say) => say.ChooseOptions(item.MultipleChoice);

    public override bool TakesChoices => true;

    public override Task<ItemSummary?> SummarizeAsync(ItemSummaryInput input, CancellationToken ct) =>
        Task.FromResult<ItemSummary?>(PollSummarizer.Summarize(input.Programme, input.Item, input.Answers));
}
