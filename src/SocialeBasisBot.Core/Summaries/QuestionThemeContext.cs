using SocialeBasisBot.Programme;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Summaries;

/// <summary>
/// What the programme tells the theme engine about one open question: its expected themes and the texts of its
/// building blocks. Shared by the bot's summaries and the `themes` command line, so both group the same way.
/// </summary>
public static class QuestionThemeContext
{
    public static IReadOnlyList<ExpectedTheme> ExpectedThemes(ProgrammeItem question) =>
        question.ExpectedThemes.Select(d => new ExpectedTheme
        {
            Id = d.Id,
            Label = d.Label,
            Description = d.Description,
            Examples = d.Examples,
            BuildingBlocks = d.BuildingBlocks,
        }).ToList();

    public static IReadOnlyList<BuildingBlockText> BuildingBlocks(WebinarProgramme programme, ProgrammeItem question) =>
        question.BuildingBlocks
            .Select(programme.FindBuildingBlock)
            .OfType<BuildingBlock>()
            .DistinctBy(b => b.Id)
            .Select(b => new BuildingBlockText(b.Id, b.Title, string.Join("\n", b.Theory.Concat(b.WorkingOn))))
            .ToList();
}
