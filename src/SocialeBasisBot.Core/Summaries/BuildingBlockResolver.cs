using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Summaries;

/// <summary>Turns building block ids into the blocks of the programme; unknown ids are dropped, none means "Algemeen".</summary>
internal static class BuildingBlockResolver
{
    public static IReadOnlyList<BuildingBlockRef> Resolve(WebinarProgramme programme, IEnumerable<string> ids)
    {
        var blocks = ids
            .Select(programme.FindBuildingBlock)
            .OfType<BuildingBlock>()
            .DistinctBy(b => b.Id)
            .Select(b => new BuildingBlockRef { Id = b.Id, Title = b.Title })
            .ToList();
        return blocks.Count > 0 ? blocks : [BuildingBlockRef.General];
    }

    public static bool Belongs(Answers.Answer answer, ProgrammeItem item) =>
        !answer.IsRetracted && string.Equals(answer.ItemId, item.Id, StringComparison.OrdinalIgnoreCase);
}
