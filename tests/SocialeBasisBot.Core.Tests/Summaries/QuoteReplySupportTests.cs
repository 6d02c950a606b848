using SocialeBasisBot.Exports;
using SocialeBasisBot.Summaries;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Summaries;

/// <summary>An empty Teams quote-reply of an answer is support ("+1") for it: on the card and in the exports.</summary>
public class QuoteReplySupportTests
{
    [Fact]
    public async Task The_engine_is_told_which_answer_a_quote_reply_quotes_and_the_summary_counts_its_support()
    {
        var answers = SampleAnswers();
        var quoted = answers.Single(a => a.Text.StartsWith("Een bedankje", StringComparison.Ordinal));
        answers.Add(QuoteReply("Gül", quoted, ""));
        answers.Add(QuoteReply("Hans", quoted, ""));
        var engine = Engine();

        var summary = await new QuestionSummarizer(engine).SummarizeAsync(SampleProgramme, SampleProgramme.FindItem("v1")!, answers);

        var request = Assert.Single(engine.Requests);
        var position = request.Answers.Select((a, i) => (a, i)).Single(x => x.a.Text == quoted.Text).i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, request.Answers.Count(a => a.QuotedAnswerId == position));
        Assert.Equal(2, summary.SupportCount);
        Assert.Equal(2, summary.SupportByAnswer[quoted.Id]);
        var waardering = summary.DistinctThemes.Single(t => t.Label == "Waardering");
        Assert.Equal(2, waardering.Count);            // support is no theme member
        Assert.Equal(2, waardering.Support);
        Assert.Equal(2, waardering.QuoteSupport[waardering.Quotes.ToList().IndexOf(quoted.Text)]);
    }

    [Fact]
    public async Task A_quote_reply_with_words_of_its_own_is_an_answer_and_no_support()
    {
        var answers = SampleAnswers();
        var quoted = answers.Single(a => a.Text.StartsWith("Een bedankje", StringComparison.Ordinal));
        answers.Add(QuoteReply("Gül", quoted, "Ja, en een bedankbrief van de wethouder"));

        var summary = await new QuestionSummarizer(Engine()).SummarizeAsync(SampleProgramme, SampleProgramme.FindItem("v1")!, answers);

        Assert.Equal(0, summary.SupportCount);
        Assert.Empty(summary.SupportByAnswer);
        Assert.Equal(3, summary.DistinctThemes.Single(t => t.Label == "Waardering").Count);
    }

    [Fact]
    public async Task The_answers_export_counts_the_support_next_to_the_answer_agreed_with()
    {
        var answers = SampleAnswers();
        var target = answers.Single(a => a.Text.StartsWith("Een bedankje", StringComparison.Ordinal));
        answers.AddRange([QuoteReply("Gül", target, ""), QuoteReply("Hans", target, ""), QuoteReply("Ina", target, "")]);
        var session = Session();
        var input = new SessionExportInput
        {
            Programme = SampleProgramme,
            Session = session,
            Answers = answers,
            Summary = await new SessionSummarizer(new QuestionSummarizer(Engine()), TimeProvider.System).SummarizeAsync(SampleProgramme, session, answers),
        };

        var rows = AnswerTable.Build(input, includeNames: false, TimeZoneInfo.Utc);

        Assert.Equal("3", rows.Single(r => r.Answer == target.Text).Support);
        Assert.Equal(3, rows.Count(r => r.Theme == AnswerTable.SupportLabel && r.Support == ""));
        Assert.Contains(AnswerRow.Headers, h => h == "steun");
    }

    private static SocialeBasisBot.Answers.Answer QuoteReply(string who, SocialeBasisBot.Answers.Answer quoted, string text)
    {
        var answer = NewAnswer(quoted.ItemId, who, text, 20);
        answer.QuotedMessageId = quoted.SourceMessageId;
        return answer;
    }
}
