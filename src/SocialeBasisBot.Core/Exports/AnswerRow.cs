namespace SocialeBasisBot.Exports;

/// <summary>One line of the answers export, already formatted as text.</summary>
public sealed record AnswerRow(
    string Question,
    string BuildingBlock,
    string Theme,
    string Answer,
    string Time,
    string Participant)
{
    public static IReadOnlyList<string> Headers { get; } = ["vraag", "bouwsteen", "thema", "antwoord", "tijd", "deelnemer"];

    public IReadOnlyList<string> Cells => [Question, BuildingBlock, Theme, Answer, Time, Participant];
}
