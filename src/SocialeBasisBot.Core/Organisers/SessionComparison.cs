namespace SocialeBasisBot.Organisers;

/// <summary>Sessions of one programme side by side: per question and expected theme, the answers it got in each session.</summary>
/// <param name="Sessions">Oldest first, as the columns of the chart.</param>
public sealed record SessionComparison(string ProgrammeId, string ProgrammeTitle, IReadOnlyList<OrganiserSessionRow> Sessions, IReadOnlyList<ComparedQuestion> Questions);
