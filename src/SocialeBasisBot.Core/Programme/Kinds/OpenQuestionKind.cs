using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Programme.Kinds;

/// <summary>An open question answered in the chat or in the card; summarised by theme.</summary>
public sealed class OpenQuestionKind : ItemKind
{
    public override ProgrammeItemKind Kind => ProgrammeItemKind.OpenQuestion;

    public override string YamlName => "openQuestion";

    public override IReadOnlyList<string> YamlAliases => ["question", "vraag", "openvraag"];

    public override string DutchDescription => "een open vraag (openQuestion)";

    public override IReadOnlyList<string> OwnFields => ["expectedThemes"];

    public override bool IsQuestion => true;

    public override string CardTemplate => "question";

    public override async Task<ItemSummary?> SummarizeAsync(ItemSummaryInput input, CancellationToken ct) =>
        await input.Questions.SummarizeAsync(input.Programme, input.Item, input.Answers, ct);
}
