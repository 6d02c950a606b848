using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Programme.Kinds;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Summaries;

/// <summary>Builds the overview of a session: every question and poll, regrouped per building block.</summary>
public sealed class SessionSummarizer(QuestionSummarizer questions, TimeProvider timeProvider)
{
    /// <param name="answers">The session's answers; answers of other sessions and retracted ones are left out.</param>
    public async Task<SessionSummary> SummarizeAsync(
        WebinarProgramme programme,
        Session session,
        IEnumerable<Answer> answers,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(answers);

        var own = answers
            .Where(a => !a.IsRetracted && string.Equals(a.SessionId, session.Id, StringComparison.Ordinal))
            .ToList();
        var answered = own.Select(a => a.ItemId).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Questions the session has reached, and any that got answers anyway (e.g. after a jump back).
        var asked = programme.Items
            .Where((item, index) => item.IsQuestion && (index <= session.CurrentItemIndex || answered.Contains(item.Id)))
            .ToList();

        var questionSummaries = new List<QuestionSummary>();
        var pollSummaries = new List<PollSummary>();
        foreach (var item in asked)
        {
            // One after the other: the engine is CPU-bound and the machine has few cores.
            switch (await item.Descriptor.SummarizeAsync(new ItemSummaryInput(programme, item, own, questions), cancellationToken))
            {
                case PollSummary poll:
                    pollSummaries.Add(poll);
                    break;
                case QuestionSummary question:
                    questionSummaries.Add(question);
                    break;
            }
        }

        var counted = own.Where(a => asked.Any(i => string.Equals(i.Id, a.ItemId, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return new SessionSummary
        {
            SessionId = session.Id,
            ProgrammeId = programme.Id,
            ProgrammeTitle = programme.Title,
            StartedAt = session.StartedAt,
            EndedAt = session.EndedAt,
            GeneratedAt = timeProvider.GetUtcNow(),
            AnswerCount = counted.Count,
            ParticipantCount = counted.Select(a => a.ParticipantId).Distinct(StringComparer.Ordinal).Count(),
            BuildingBlocks = PerBuildingBlock(programme, questionSummaries, pollSummaries),
            Questions = questionSummaries,
            Polls = pollSummaries,
        };
    }

    /// <summary>The same overview with other question summaries (corrected themes), regrouped per building block.</summary>
    public static SessionSummary WithQuestions(WebinarProgramme programme, SessionSummary summary, IReadOnlyList<QuestionSummary> questions)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(questions);
        return summary with
        {
            Questions = questions,
            BuildingBlocks = PerBuildingBlock(programme, [.. questions], [.. summary.Polls]),
        };
    }

    private static List<BuildingBlockSummary> PerBuildingBlock(
        WebinarProgramme programme,
        List<QuestionSummary> questionSummaries,
        List<PollSummary> pollSummaries)
    {
        var blocks = programme.BuildingBlocks
            .Select(b => new BuildingBlockRef { Id = b.Id, Title = b.Title })
            .Append(BuildingBlockRef.General)
            .DistinctBy(b => b.Id);
        return blocks
            .Select(block => new BuildingBlockSummary
            {
                BuildingBlock = block,
                Questions = questionSummaries
                    .Where(q => q.BuildingBlocks.Any(b => b.Id == block.Id) || q.Groups.Any(g => g.BuildingBlock.Id == block.Id))
                    .Select(q => new BuildingBlockQuestion
                    {
                        Question = q,
                        Themes = q.Groups.FirstOrDefault(g => g.BuildingBlock.Id == block.Id)?.Themes ?? [],
                    })
                    .ToList(),
                Polls = pollSummaries.Where(p => p.BuildingBlocks.Any(b => b.Id == block.Id)).ToList(),
            })
            .Where(s => !s.BuildingBlock.IsGeneral || !s.IsEmpty)
            .ToList();
    }
}
