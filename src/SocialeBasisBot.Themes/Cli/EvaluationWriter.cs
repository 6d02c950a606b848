using System.Globalization;
using System.Text;
using System.Text.Json;
using SocialeBasisBot.Themes.Evaluation;

namespace SocialeBasisBot.Themes.Cli;

/// <summary>Writes the scores of <c>themes --evaluate</c> as JSON (for tools) or a Markdown table (for people).</summary>
public static class EvaluationWriter
{
    public static string Write(ThemeEvaluation evaluation, ThemeSettings settings, string file, string format) =>
        format == "md" ? ToMarkdown(evaluation, settings, file) : JsonSerializer.Serialize(new { evaluation, settings }, ThemeResultWriter.Json);

    private static string ToMarkdown(ThemeEvaluation e, ThemeSettings settings, string file)
    {
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        string Ratio(double? value, int part, int whole) =>
            value is { } v ? string.Create(nl, $"{v:F3} ({part}/{whole})") : "– (0/0)";
        var sb = new StringBuilder();
        sb.AppendLine($"# Evaluatie: {Path.GetFileName(file)}");
        sb.AppendLine();
        sb.AppendLine(string.Create(nl, $"{e.Answers} antwoorden, {e.GoldThemes} labels, {e.FoundThemes} thema's gevonden ({(settings.Mode == "guided" ? "met verwachte thema's" : "thema's uit de antwoorden zelf")})."));
        sb.AppendLine();
        sb.AppendLine("| maat | waarde |");
        sb.AppendLine("|---|---:|");
        sb.AppendLine(string.Create(nl, $"| V-measure | {e.VMeasure:F3} |"));
        sb.AppendLine(string.Create(nl, $"| homogeniteit | {e.Homogeneity:F3} |"));
        sb.AppendLine(string.Create(nl, $"| volledigheid | {e.Completeness:F3} |"));
        sb.AppendLine(string.Create(nl, $"| ARI | {e.AdjustedRandIndex:F3} |"));
        sb.AppendLine($"| off-topic precisie | {Ratio(e.OffTopic.Precision, e.OffTopic.Caught, e.OffTopic.Flagged)} |");
        sb.AppendLine($"| off-topic recall | {Ratio(e.OffTopic.Recall, e.OffTopic.Caught, e.OffTopic.Gold)} |");
        var second = e.Secondary;
        if (second.GoldTwoIdeas > 0 || second.Predicted > 0)
        {
            sb.AppendLine($"| tweede thema precisie | {Ratio(second.Precision, second.Correct, second.Predicted)} |");
            sb.AppendLine($"| tweede thema recall | {Ratio(second.Recall, second.Found, second.GoldTwoIdeas)} |");
            sb.AppendLine();
            sb.AppendLine("_Tweede thema: een antwoord met twee ideeën staat ook in een tweede thema. Dat telt apart van V-measure en ARI "
                + "(die alleen het eigen thema van elk antwoord tellen). Een gevonden thema staat voor het label dat de meeste van zijn "
                + "eigen antwoorden hebben; een tweede thema is goed als het staat voor een label van het antwoord (label of label2) "
                + "dat het eigen thema niet al dekt. Recall: antwoorden met een label2 die zo'n goed tweede thema kregen._");
        }

        foreach (var note in settings.Notes) sb.AppendLine().AppendLine($"_Let op: {note}_");
        return sb.ToString();
    }
}
