using SocialeBasisBot.Core.Tests.Summaries;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Programme.Kinds;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Core.Tests.Programme;

/// <summary>Every item kind that takes answers summarises them; one that takes none has no summary.</summary>
public class ItemKindSummaryTests
{
    public static TheoryData<ProgrammeItemKind> Kinds => [.. Enum.GetValues<ProgrammeItemKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_kind_that_takes_answers_has_a_summary_of_them(ProgrammeItemKind kind)
    {
        var programme = SampleWebinar.SampleProgramme;
        var item = programme.Items.First(i => i.Kind == kind);
        var answers = SampleWebinar.SampleAnswers();
        var input = new ItemSummaryInput(programme, item, answers, new QuestionSummarizer(SampleWebinar.Engine()));

        var summary = await item.Descriptor.SummarizeAsync(input, CancellationToken.None);

        Assert.Equal(item.IsQuestion, summary is not null);
        if (summary is not null)
        {
            Assert.Equal(item.Id, summary.ItemId);
            Assert.Equal(item.QuestionText, summary.QuestionText);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_kind_names_itself_in_yaml_and_in_error_messages(ProgrammeItemKind kind)
    {
        var descriptor = ItemKinds.Of(kind);

        Assert.False(string.IsNullOrWhiteSpace(descriptor.YamlName));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.DutchDescription));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.CardTemplate));
        Assert.Same(descriptor, ItemKinds.FromYaml(descriptor.YamlName.ToUpperInvariant()));
    }
}
