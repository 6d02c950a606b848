using SocialeBasisBot.Answers;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Programme.Kinds;

/// <summary>What an <see cref="ItemKind"/> summarises from: the item, its answers, and the theme-finding summarizer.</summary>
public sealed record ItemSummaryInput(
    WebinarProgramme Programme, ProgrammeItem Item, IReadOnlyList<Answer> Answers, QuestionSummarizer Questions);
