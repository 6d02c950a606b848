using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Summaries;
using static SocialeBasisBot.Core.Tests.Summaries.SampleWebinar;

namespace SocialeBasisBot.Core.Tests.Exports;

/// <summary>The sample webinar summarised with the keyword engine, ready to export.</summary>
internal static class ExportFixture
{
    public const string Malicious = "<script>alert('x')</script> **vet** | pijp [klik](http://evil.example) # kop &amp;";

    public static SessionExporter Exporter() => new(Options.Create(new ExportOptions()));

    public static async Task<SessionExportInput> InputAsync(IEnumerable<Answer>? extra = null)
    {
        var answers = SampleAnswers();
        answers.AddRange(extra ?? []);
        var session = Session();
        var summarizer = new SessionSummarizer(new QuestionSummarizer(Engine()), new FakeTimeProvider(Start.AddHours(1)));
        return new SessionExportInput
        {
            Programme = SampleProgramme,
            Session = session,
            Answers = answers,
            Summary = await summarizer.SummarizeAsync(SampleProgramme, session, answers),
        };
    }

    /// <summary>Answers that try to break out of Markdown and HTML, in a theme so they become quotes.</summary>
    public static List<Answer> MaliciousAnswers() =>
    [
        NewAnswer("v2", "Mallory", "Persoonlijk " + Malicious, 10),
        NewAnswer("v2", "Mallory", "persoonlijk\n- lijstje\n1. genummerd", 11),
    ];
}
