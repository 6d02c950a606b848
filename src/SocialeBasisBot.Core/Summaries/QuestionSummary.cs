using SocialeBasisBot.Themes;

namespace SocialeBasisBot.Summaries;

/// <summary>What the answers to one open question said, grouped by theme under the building blocks.</summary>
public sealed record QuestionSummary : ItemSummary
{
    /// <summary>Non-retracted answers.</summary>
    public int AnswerCount { get; init; }
    public int ParticipantCount { get; init; }
    /// <summary>Fewer than <see cref="QuestionSummarizer.MinimumAnswers"/> answers: no themes were made.</summary>
    public bool TooFewAnswers { get; init; }
    public IReadOnlyList<BuildingBlockThemes> Groups { get; init; } = [];
    /// <summary>Answers on topic that fit no theme ("Overig").</summary>
    public int OtherCount { get; init; }
    public IReadOnlyList<long> OtherAnswerIds { get; init; } = [];
    /// <summary>Answers that only agreed with another answer ("+1", "eens met Sandra", 👍): support, not themes.</summary>
    public int SupportCount { get; init; }
    public IReadOnlyList<long> SupportAnswerIds { get; init; } = [];
    /// <summary>Greetings, sound checks, questions to the host.</summary>
    public int OffTopicCount { get; init; }
    public IReadOnlyList<long> OffTopicAnswerIds { get; init; } = [];
    /// <summary>
    /// Per answer id, how many answers only agreed with it ("+1", an empty Teams quote-reply of it); absent when none.
    /// </summary>
    public IReadOnlyDictionary<long, int> SupportByAnswer { get; init; } = new Dictionary<long, int>();
    /// <summary>
    /// The engine's own summary when a facilitator corrected the themes (this one then shows the corrections); null
    /// when nothing was corrected. Exports show both, so corrections become labelled data.
    /// </summary>
    public QuestionSummary? Engine { get; init; }
    /// <summary>
    /// Corrections not applied because no theme of this summary is the one they were made on (the engine themed the
    /// question again and that theme's answers now lie elsewhere): said on the card, never applied to another theme.
    /// </summary>
    public int UnmatchedCorrections { get; init; }
    /// <summary>True when a facilitator corrected these themes.</summary>
    public bool Corrected => Engine is not null;
    /// <summary>How the theme engine made the themes; null when it did not run (too few answers).</summary>
    public ThemeSettings? Settings { get; init; }

    /// <summary>Every theme once, even when it sits under several building blocks.</summary>
    public IReadOnlyList<ThemeSummary> DistinctThemes =>
        Groups.SelectMany(g => g.Themes).DistinctBy(t => t.Id).ToList();
}
