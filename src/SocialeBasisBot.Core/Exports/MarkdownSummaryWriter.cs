using System.Text;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Exports;

/// <summary>The session summary as Markdown, for pasting into a report. All participant text is escaped.</summary>
public static class MarkdownSummaryWriter
{
    public static string Write(SessionSummary summary, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(timeZone);
        var md = new StringBuilder();
        md.Append("# Samenvatting: ").AppendLine(MarkdownText.Inline(summary.ProgrammeTitle)).AppendLine();
        md.Append("Sessie van ").Append(ExportText.Date(summary.StartedAt, timeZone)).Append(" · ")
            .Append(ExportText.AnswersAndParticipants(summary.AnswerCount, summary.ParticipantCount)).AppendLine(".")
            .AppendLine();

        foreach (var block in summary.BuildingBlocks)
        {
            md.Append("## ").AppendLine(MarkdownText.Inline(block.BuildingBlock.Title)).AppendLine();
            if (block.IsEmpty)
                md.AppendLine("_Geen vragen of peilingen bij deze bouwsteen._").AppendLine();
            foreach (var question in block.Questions)
                AppendQuestion(md, question);
            foreach (var poll in block.Polls)
                AppendPoll(md, poll);
        }

        md.AppendLine("---").AppendLine();
        md.Append("_Gemaakt op ").Append(ExportText.Date(summary.GeneratedAt, timeZone))
            .AppendLine(". Citaten zijn letterlijk overgenomen uit de chat; deelnemers staan er niet bij._");
        var settings = summary.Questions.Select(q => q.Settings).OfType<Themes.ThemeSettings>().Select(ExportText.Settings)
            .Distinct().ToList();
        foreach (var line in settings)
            md.AppendLine().Append("_Thema's: ").Append(MarkdownText.Inline(line)).AppendLine("._");
        return md.ToString();
    }

    private static void AppendQuestion(StringBuilder md, BuildingBlockQuestion entry)
    {
        var q = entry.Question;
        md.Append("### ").AppendLine(MarkdownText.Inline(q.QuestionText)).AppendLine();
        md.Append(ExportText.AnswersAndParticipants(q.AnswerCount, q.ParticipantCount)).AppendLine(".").AppendLine();
        if (q.TooFewAnswers)
        {
            md.AppendLine($"_Te weinig antwoorden om thema's te maken (minder dan {QuestionSummarizer.MinimumAnswers})._")
                .AppendLine();
            return;
        }

        if (entry.Themes.Count == 0)
            md.AppendLine("_Geen thema's bij deze bouwsteen._").AppendLine();
        foreach (var theme in entry.Themes)
        {
            md.Append("- **").Append(MarkdownText.Inline(theme.Label)).Append("** (")
                .Append(ExportText.Count(theme.Count, "antwoord", "antwoorden")).AppendLine(")");
            foreach (var quote in theme.Quotes)
                md.AppendLine().AppendLine(MarkdownText.Block(quote, "  > "));
            if (theme.SecondaryAnswerIds.Count > 0)
                md.AppendLine().Append("  _").Append(Sessions.Phrases.For("nl").AlsoIn(theme.SecondaryAnswerIds.Count)).AppendLine("_");
            md.AppendLine();
        }

        if (q.OtherCount > 0 || q.OffTopicCount > 0)
        {
            md.Append("Overig: ").Append(ExportText.Count(q.OtherCount, "antwoord", "antwoorden"))
                .Append(" · buiten het onderwerp: ").Append(ExportText.Count(q.OffTopicCount, "antwoord", "antwoorden"))
                .AppendLine(".").AppendLine();
        }
    }

    private static void AppendPoll(StringBuilder md, PollSummary poll)
    {
        md.Append("### Peiling: ").AppendLine(MarkdownText.Inline(poll.QuestionText)).AppendLine();
        md.AppendLine(ExportText.PollRespondents(poll)).AppendLine();
        md.AppendLine("| Optie | Aantal |").AppendLine("|---|---:|");
        foreach (var option in poll.Options)
        {
            md.Append("| ").Append(MarkdownText.Inline($"{option.OptionId}: {option.Label}")).Append(" | ")
                .Append(option.Count).AppendLine(" |");
        }

        md.AppendLine();
        if (poll.UnrecognisedCount > 0)
            md.Append("Niet te herkennen: ").Append(ExportText.Count(poll.UnrecognisedCount, "antwoord", "antwoorden"))
                .AppendLine(".").AppendLine();
    }
}
