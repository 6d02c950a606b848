using SocialeBasisBot.Sessions;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Summaries;

/// <summary>Counts the answers to a poll or checklist per option.</summary>
public static class PollSummarizer
{
    /// <param name="answers">May hold answers to other questions and retracted answers: both are left out.</param>
    public static PollSummary Summarize(WebinarProgramme programme, ProgrammeItem poll, IEnumerable<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(answers);
        if (poll.Kind != ProgrammeItemKind.Poll)
            throw new ArgumentException($"Item '{poll.Id}' is {poll.Kind}, not a poll.", nameof(poll));

        // A participant who answers again changes their answer: only the latest one counts.
        var latest = answers
            .Where(a => BuildingBlockResolver.Belongs(a, poll))
            .GroupBy(a => a.ParticipantId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(a => a.EditedAt ?? a.ReceivedAt).ThenBy(a => a.Id).Last())
            .ToList();

        var chosen = latest.Select(a => ChosenOptions(poll, a)).ToList();
        return new PollSummary
        {
            ItemId = poll.Id,
            QuestionText = poll.QuestionText,
            BuildingBlocks = BuildingBlockResolver.Resolve(programme, poll.BuildingBlocks),
            MultipleChoice = poll.MultipleChoice,
            Respondents = latest.Count,
            Options = poll.Options
                .Select(o => new PollOptionCount
                {
                    OptionId = o.Id,
                    Label = o.Label,
                    Count = chosen.Count(c => c.Contains(o.Id)),
                })
                .ToList(),
            UnrecognisedCount = chosen.Count(c => c.Count == 0),
        };
    }

    /// <summary>
    /// The option ids in <see cref="Answer.Choices"/>, or, for a typed answer, read the same way as when it arrived
    /// (<see cref="PollChoices.Parse"/>), so the summary never counts what intake did not recognise.
    /// </summary>
    private static HashSet<string> ChosenOptions(ProgrammeItem poll, Answer answer)
    {
        IEnumerable<string> chosen = string.IsNullOrWhiteSpace(answer.Choices)
            ? PollChoices.Parse(poll, answer.Text)
            : answer.Choices.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return poll.Options
            .Where(o => chosen.Contains(o.Id, StringComparer.OrdinalIgnoreCase))
            .Select(o => o.Id)
            .ToHashSet(StringComparer.Ordinal);
    }
}
