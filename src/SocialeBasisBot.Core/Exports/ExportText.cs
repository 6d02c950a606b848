using System.Globalization;

namespace SocialeBasisBot.Exports;

/// <summary>Dutch wording and number/date formats shared by the Markdown and HTML reports.</summary>
internal static class ExportText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Count(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    public static string AnswersAndParticipants(int answers, int participants) =>
        $"{Count(answers, "antwoord", "antwoorden")} van {Count(participants, "deelnemer", "deelnemers")}";

    public static string PollRespondents(Summaries.PollSummary poll) =>
        string.Create(CultureInfo.InvariantCulture, $"Aantal deelnemers: {poll.Respondents}")
        + (poll.MultipleChoice ? " (meer keuzes per deelnemer mogelijk)." : ".");

    public static string Date(DateTimeOffset time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(time, zone).ToString("d MMMM yyyy 'om' HH:mm", Dutch);

    public static string Settings(Themes.ThemeSettings settings)
    {
        var mode = settings.Mode switch
        {
            "guided" => "met verwachte thema's uit het programma",
            "emergent" => "thema's gevonden in de antwoorden",
            _ => settings.Mode,
        };
        var parts = new List<string> { mode, $"vergelijking: {settings.Embeddings}" };
        if (!string.IsNullOrEmpty(settings.KeyPhrases))
            parts.Add($"kernwoorden: {settings.KeyPhrases}");
        parts.AddRange(settings.Notes);
        return string.Join("; ", parts);
    }
}
