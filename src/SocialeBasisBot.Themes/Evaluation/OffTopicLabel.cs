namespace SocialeBasisBot.Themes.Evaluation;

/// <summary>The gold label that marks a chat line that is not an answer (greeting, sound, slides, host question).</summary>
public static class OffTopicLabel
{
    public const string Value = "off-topic";

    // Spellings people write in a spreadsheet; the corrections export writes Value.
    private static readonly HashSet<string> Spellings = new(StringComparer.OrdinalIgnoreCase) { Value, "offtopic", "off_topic", "off topic", "geen-antwoord", "geen antwoord" };

    public static bool Matches(string label) => Spellings.Contains(label.Trim());
}
