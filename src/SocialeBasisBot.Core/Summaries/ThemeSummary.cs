namespace SocialeBasisBot.Summaries;

/// <summary>One theme of one question as it is shown: label, how many answers, and quotes taken from the answers.</summary>
public sealed record ThemeSummary
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    /// <summary>Number of distinct (non-retracted) answers in the theme.</summary>
    public int Count { get; init; }
    /// <summary>One or two answers, verbatim, that show what the theme is about.</summary>
    public IReadOnlyList<string> Quotes { get; init; } = [];
    /// <summary>The <see cref="Answers.Answer.Id"/>s in this theme, so exports can label each answer.</summary>
    public IReadOnlyList<long> AnswerIds { get; init; } = [];
    /// <summary>For each quote, how many answers only agreed with it ("+1", "eens met Sandra", 👍); 0 when none.</summary>
    public IReadOnlyList<int> QuoteSupport { get; init; } = [];
    /// <summary>Answers that only agreed with an answer of this theme (not counted in <see cref="Count"/>).</summary>
    public int Support { get; init; }
    /// <summary>
    /// Answers that sit in another theme but whose second idea belongs here ("meer tijd en een vrijwilligersvergoeding"):
    /// rarer and less sure than <see cref="AnswerIds"/>, so not in <see cref="Count"/>, and shown apart.
    /// </summary>
    public IReadOnlyList<long> SecondaryAnswerIds { get; init; } = [];
    /// <summary>True when the theme came from the programme's expected themes.</summary>
    public bool Expected { get; init; }
}
