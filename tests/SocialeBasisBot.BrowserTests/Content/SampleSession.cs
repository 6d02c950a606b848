using SocialeBasisBot.BrowserTests.Cards;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Themes;

namespace SocialeBasisBot.BrowserTests.Content;

/// <summary>
/// A session of the real deck whose themes are the hand labels of the Dutch dev answers (so every count is known
/// without running a theme engine), plus one participant who tries to inject Markdown, a link and a script.
/// </summary>
public static class SampleSession
{
    public const string Malicious = "**vet** [klik](http://evil.example) <script>alert(1)</script>";

    /// <summary>The theme the malicious answer is put in; the first quote of that theme is the malicious answer.</summary>
    public const string MaliciousTheme = "q1.vraag-stijgt";

    public static IReadOnlyList<SocialeBasisBot.Testing.DevAnswer> Answers { get; } =
    [
        new("mallory-1", "q1", "Mallory X.", Malicious, MaliciousTheme),
        .. SocialeBasisBot.Testing.DevAnswers.All,
    ];

    public static QuestionSummary Question(string itemId)
    {
        var programme = Deck.Programme;
        var item = programme.FindItem(itemId)!;
        var answers = Answers.Where(a => a.Question == itemId).ToList();
        var themes = item.ExpectedThemes
            .Select(def => (Definition: def, Answers: answers.Where(a => a.Label == def.Id).ToList()))
            .Where(t => t.Answers.Count > 0)
            .ToList();
        var groups = themes
            .SelectMany(t => BlocksOf(programme, item, t.Definition).Select(block => (Block: block, Theme: Theme(t.Definition, t.Answers))))
            .GroupBy(x => x.Block)
            .Select(g => new BuildingBlockThemes { BuildingBlock = g.Key, Themes = g.Select(x => x.Theme).OrderByDescending(t => t.Count).ToList() })
            .ToList();
        return new QuestionSummary
        {
            ItemId = item.Id,
            QuestionText = item.Text,
            BuildingBlocks = item.BuildingBlocks.Select(id => Ref(programme, id)).ToList(),
            AnswerCount = answers.Count,
            ParticipantCount = answers.Select(a => a.Participant).Distinct().Count(),
            Groups = groups,
            OtherCount = answers.Count(a => themes.All(t => t.Definition.Id != a.Label)),
            Settings = new ThemeSettings { Mode = "guided", Embeddings = "handmatige labels", ThemeCount = themes.Count },
        };
    }

    public static PollSummary Poll()
    {
        var poll = Deck.Programme.Items.First(i => i.Kind == ProgrammeItemKind.Poll);
        int[] counts = [14, 11, 9, 12, 6, 3];
        return new PollSummary
        {
            ItemId = poll.Id,
            QuestionText = poll.Text,
            MultipleChoice = poll.MultipleChoice,
            Respondents = 15,
            Options = poll.Options.Select((o, i) => new PollOptionCount { OptionId = o.Id, Label = o.Label, Count = counts[i % counts.Length] }).ToList(),
            UnrecognisedCount = 1,
        };
    }

    public static SessionSummary Session()
    {
        var programme = Deck.Programme;
        var questions = programme.Items.Where(i => i.Kind == ProgrammeItemKind.OpenQuestion).Select(i => Question(i.Id)).ToList();
        var poll = Poll();
        var blocks = programme.BuildingBlocks.Select(b => Ref(programme, b.Id)).Append(BuildingBlockRef.General).ToList();
        var summaries = blocks.Select(block => new BuildingBlockSummary
        {
            BuildingBlock = block,
            Questions = questions
                .SelectMany(q => q.Groups.Where(g => g.BuildingBlock == block).Select(g => new BuildingBlockQuestion { Question = q, Themes = g.Themes }))
                .ToList(),
            Polls = block.IsGeneral ? [poll] : [],
        }).Where(b => !b.IsEmpty || !b.BuildingBlock.IsGeneral).ToList();
        var start = new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.Zero);
        return new SessionSummary
        {
            SessionId = "sessie-1",
            ProgrammeId = programme.Id,
            ProgrammeTitle = programme.Title,
            StartedAt = start,
            EndedAt = start.AddMinutes(90),
            GeneratedAt = start.AddMinutes(95),
            AnswerCount = Answers.Count + poll.Respondents,
            ParticipantCount = Answers.Select(a => a.Participant).Distinct().Count(),
            BuildingBlocks = summaries,
            Questions = questions,
            Polls = [poll],
        };
    }

    private static ThemeSummary Theme(ExpectedThemeDefinition definition, List<SocialeBasisBot.Testing.DevAnswer> answers) => new()
    {
        Id = definition.Id,
        Label = definition.Label,
        Count = answers.Count,
        Quotes = answers.Take(2).Select(a => a.Text).ToList(),
        Expected = true,
    };

    private static IEnumerable<BuildingBlockRef> BlocksOf(WebinarProgramme programme, ProgrammeItem item, ExpectedThemeDefinition theme)
    {
        var ids = theme.BuildingBlocks.Count > 0 ? theme.BuildingBlocks : item.BuildingBlocks;
        return ids.Count > 0 ? ids.Select(id => Ref(programme, id)) : [BuildingBlockRef.General];
    }

    private static BuildingBlockRef Ref(WebinarProgramme programme, string id) =>
        new() { Id = id, Title = programme.FindBuildingBlock(id)!.Title };
}
