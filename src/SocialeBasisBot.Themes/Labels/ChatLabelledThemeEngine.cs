using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace SocialeBasisBot.Themes.Labels;

/// <summary>
/// Lets a chat model word the labels of emergent themes (expected themes keep the programme's label). The offline
/// engine still does all the grouping; when the model fails or answers something that is not a short label, the
/// offline label stays and the result says so.
/// </summary>
public sealed partial class ChatLabelledThemeEngine(IThemeEngine inner, IChatClient chat, ILogger<ChatLabelledThemeEngine> logger) : IThemeEngine
{
    private const int MaxLabelWords = 7;

    public Task PrepareAsync(IEnumerable<string> texts, CancellationToken cancellationToken = default) =>
        inner.PrepareAsync(texts, cancellationToken);

    public bool IsPrepared(string text) => inner.IsPrepared(text);

    public Task WarmUpAsync(CancellationToken cancellationToken = default) => inner.WarmUpAsync(cancellationToken);

    public async Task<ThemeResult> FindThemesAsync(ThemeRequest request, CancellationToken cancellationToken = default)
    {
        var result = await inner.FindThemesAsync(request, cancellationToken);
        var texts = request.Answers.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        var themes = new List<Theme>();
        var failed = false;
        foreach (var theme in result.Themes)
        {
            if (theme.Expected || failed)
            {
                themes.Add(theme);
                continue;
            }

            try
            {
                var label = await AskAsync(request.QuestionText, theme, texts, cancellationToken);
                themes.Add(label is null ? theme : theme with { Label = label });
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException
                                          && !cancellationToken.IsCancellationRequested)
            {
                LogFailed(e);
                failed = true;
                themes.Add(theme);
            }
        }

        var note = failed
            ? "Labels door taalmodel mislukt; offline labels gebruikt."
            : "Labels van nieuwe thema's geformuleerd door een taalmodel.";
        return result with
        {
            Themes = themes,
            Settings = result.Settings with { Notes = [.. result.Settings.Notes, note] },
        };
    }

    private async Task<string?> AskAsync(string? question, Theme theme, Dictionary<string, string> texts, CancellationToken ct)
    {
        var examples = theme.RepresentativeIds.Concat(theme.AnswerIds).Distinct().Take(5)
            .Select(id => texts.GetValueOrDefault(id)).OfType<string>().Select(t => $"- {t}");
        var prompt = $"""
            Vraag aan de deelnemers: {question ?? "(onbekend)"}
            Antwoorden die bij één thema horen:
            {string.Join("\n", examples)}
            Trefwoorden: {string.Join(", ", theme.Keywords)}
            Geef een korte, concrete Nederlandse titel voor dit thema (hoogstens {MaxLabelWords} woorden), zonder aanhalingstekens of uitleg.
            """;
        var response = await chat.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "Je vat antwoorden uit een webinarchat samen voor een verslag."), new ChatMessage(ChatRole.User, prompt)],
            new ChatOptions { Temperature = 0, MaxOutputTokens = 40 },
            ct);
        var label = response.Text.Trim().Trim('"', '“', '”', '\'', '.').Trim();
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // Anything but a short one-line phrase is not a label: keep the offline one.
        return words is > 0 and <= MaxLabelWords && !label.Contains('\n', StringComparison.Ordinal) ? label : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The chat model could not word the theme labels; offline labels are kept")]
    private partial void LogFailed(Exception exception);
}
