namespace SocialeBasisBot.Exports;

/// <summary>One line of the answers export, already formatted as text.</summary>
/// <param name="Theme">The final theme: the engine's, or the facilitator's correction of it.</param>
public sealed record AnswerRow(
    string Question,
    string BuildingBlock,
    string Theme,
    string Answer,
    string Time,
    string Participant)
{
    /// <remarks>"tweede thema" came last so the columns organisations already use keep their place.</remarks>
    public static IReadOnlyList<string> Headers { get; } = ["vraag", "bouwsteen", "thema", "thema van de bot", "antwoord", "steun", "tijd", "deelnemer", "tweede thema"];

    /// <summary>The theme engine's theme, before any correction: with <see cref="Theme"/> it is labelled data.</summary>
    public string EngineTheme { get; init; } = "";

    /// <summary>"+3": how many answers only agreed with this one ("+1", an empty quote-reply); empty when none.</summary>
    public string Support { get; init; } = "";

    /// <summary>
    /// The theme of a second idea in the answer ("meer tijd en een vrijwilligersvergoeding"), after corrections; empty
    /// for most answers. Rarer and less sure than <see cref="Theme"/>.
    /// </summary>
    public string SecondTheme { get; init; } = "";

    public IReadOnlyList<string> Cells => [Question, BuildingBlock, Theme, EngineTheme, Answer, Support, Time, Participant, SecondTheme];
}
