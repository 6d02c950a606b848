using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Exports;

/// <summary>Everything an export is made from. Answers of other sessions and retracted answers are left out.</summary>
public sealed record SessionExportInput
{
    public required WebinarProgramme Programme { get; init; }
    public required Session Session { get; init; }
    public required IReadOnlyList<Answer> Answers { get; init; }
    public required SessionSummary Summary { get; init; }
}
