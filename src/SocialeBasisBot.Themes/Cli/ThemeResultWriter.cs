using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Cli;

/// <summary>Writes a theme result as JSON (for tools) or Markdown (for a facilitator's report).</summary>
public static class ThemeResultWriter
{
    /// <summary>Indented camelCase JSON with readable Dutch text; the evaluation output uses it too.</summary>
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Dutch text stays readable ("één", quotes) instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(ThemeResult result) => JsonSerializer.Serialize(result, Json);

    public static string ToMarkdown(ThemeResult result, IReadOnlyList<ThemeAnswer> answers, ThemeRequestContext? context)
    {
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        var text = answers.ToDictionary(a => a.Id, a => ChatText.Clean(a.Text), StringComparer.Ordinal);
        var blocks = (context?.BuildingBlocks ?? []).ToDictionary(b => b.Id, b => b.Title, StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.AppendLine(context?.QuestionText is { Length: > 0 } q ? $"# Thema's: {q.Trim()}" : "# Thema's");
        sb.AppendLine();
        var counted = answers.Count - result.OffTopic.Count - result.Support.Count;
        // "+1", "eens met Sandra": shown as "+N" with the answer agreed with.
        var support = result.Support.Where(x => x.SupportsId is not null).GroupBy(x => x.SupportsId!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        sb.AppendLine(string.Create(nl, $"{counted} antwoorden in {result.Themes.Count} thema's ({(result.Settings.Mode == "guided" ? "met verwachte thema's uit het programma" : "thema's uit de antwoorden zelf")})."));
        var number = 0;
        foreach (var theme in result.Themes)
        {
            sb.AppendLine();
            sb.AppendLine(string.Create(nl, $"## {++number}. {theme.Label} ({theme.AnswerIds.Count})"));
            sb.AppendLine();
            if (theme.BuildingBlocks.Count > 0)
                sb.AppendLine("Bouwsteen: " + string.Join(", ", theme.BuildingBlocks.Select(b => blocks.GetValueOrDefault(b, b))) + "  ");
            if (theme.Keywords.Count > 0)
                sb.AppendLine("Trefwoorden: " + string.Join(", ", theme.Keywords));
            sb.AppendLine();
            var themeSupport = theme.AnswerIds.Sum(id => support.GetValueOrDefault(id));
            if (themeSupport > 0) sb.AppendLine(string.Create(nl, $"Instemming: +{themeSupport}")).AppendLine();
            // Answers with two ideas whose second idea is this theme: counted here as well, quoted under their own theme.
            if (theme.SecondaryAnswerIds.Count > 0)
                sb.AppendLine(string.Create(nl, $"Ook als tweede punt genoemd in {theme.SecondaryAnswerIds.Count} {(theme.SecondaryAnswerIds.Count == 1 ? "antwoord" : "antwoorden")}, bijvoorbeeld:  "))
                  .AppendLine($"> {text.GetValueOrDefault(theme.SecondaryAnswerIds[0], theme.SecondaryAnswerIds[0])}").AppendLine();
            foreach (var id in theme.RepresentativeIds)
                sb.AppendLine(support.TryGetValue(id, out var plus) ? string.Create(nl, $"> {text.GetValueOrDefault(id, id)} (+{plus})") : $"> {text.GetValueOrDefault(id, id)}").AppendLine();
        }
        if (result.Unassigned.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(string.Create(nl, $"## Overig ({result.Unassigned.Count})"));
            sb.AppendLine();
            foreach (var id in result.Unassigned) sb.AppendLine($"- {text.GetValueOrDefault(id, id)}");
        }
        if (result.OffTopic.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(string.Create(nl, $"## Niet meegeteld: groeten, geluid, vragen over de sessie ({result.OffTopic.Count})"));
            sb.AppendLine();
            foreach (var id in result.OffTopic) sb.AppendLine($"- {text.GetValueOrDefault(id, id)}");
        }
        sb.AppendLine();
        sb.AppendLine($"_Gemaakt met: {result.Settings.Embeddings}{(result.Settings.KeyPhrases is { } k ? ", " + k : "")}._");
        foreach (var note in result.Settings.Notes) sb.AppendLine($"_Let op: {note}_");
        return sb.ToString();
    }
}
