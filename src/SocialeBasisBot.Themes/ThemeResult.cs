namespace SocialeBasisBot.Themes;

/// <summary>The themes of one question, plus what was set apart.</summary>
public sealed record ThemeResult
{
    public IReadOnlyList<Theme> Themes { get; init; } = [];
    /// <summary>Greetings, sound remarks, requests for slides, questions to the host.</summary>
    public IReadOnlyList<string> OffTopic { get; init; } = [];
    /// <summary>Answers that only agree with another one ("+1", "eens met Sandra", 👍): support, not theme members.</summary>
    public IReadOnlyList<ThemeSupport> Support { get; init; } = [];
    /// <summary>Answers that fit no theme ("Overig").</summary>
    public IReadOnlyList<string> Unassigned { get; init; } = [];
    public required ThemeSettings Settings { get; init; }
}
