namespace SocialeBasisBot.Themes;

/// <summary>One theme found in the answers.</summary>
public sealed record Theme
{
    public required string Id { get; init; }
    /// <summary>A readable Dutch phrase built from real words of the answers (or the expected theme's label).</summary>
    public required string Label { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> AnswerIds { get; init; } = [];
    /// <summary>
    /// Answers with two ideas whose second idea is this theme ("meer tijd en een vrijwilligersvergoeding" is in the
    /// time theme's <see cref="AnswerIds"/> and here in the allowance theme). Never also in <see cref="AnswerIds"/>;
    /// an answer counts in at most two themes.
    /// </summary>
    public IReadOnlyList<string> SecondaryAnswerIds { get; init; } = [];
    /// <summary>Two or three answers that show what the theme is about, most telling first.</summary>
    public IReadOnlyList<string> RepresentativeIds { get; init; } = [];
    public IReadOnlyList<string> BuildingBlocks { get; init; } = [];
    /// <summary>True when the theme came from the programme's expected themes.</summary>
    public bool Expected { get; init; }
}
