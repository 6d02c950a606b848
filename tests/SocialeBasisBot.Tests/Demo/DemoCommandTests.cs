using SocialeBasisBot.Demo;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Demo;

/// <summary>
/// The demo as CI runs it: the shipped transcript through the real bot host and the local Teams connector, in-process
/// and with --fast, checked on what it printed and on the files it downloaded.
/// </summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string outputFolder = Path.Combine(Path.GetTempPath(), $"sbb-demo-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(outputFolder))
        {
            Directory.Delete(outputFolder, recursive: true);
        }
    }

    [Fact]
    public async Task The_shipped_transcript_plays_from_start_to_stop_and_prints_the_chat()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var code = await DemoCommand.RunAsync(["--fast", "--out", outputFolder], output, error, TimeProvider.System, timeout.Token);

        var printed = output.ToString();
        Assert.True(code == 0, $"exit code {code}\n{error}\n{printed}");
        Assert.Equal("", error.ToString());

        // The start message and the first card of the programme.
        Assert.Contains("[Marieke Jansen] @SocialeBasisBot start", printed, StringComparison.Ordinal);
        Assert.Contains("gestart door Marieke Jansen (18 onderdelen)", printed, StringComparison.Ordinal);
        Assert.Contains("│ ■ Programma", printed, StringComparison.Ordinal);

        // The poll as a checklist with its options, and the first open question as a card with its input and button.
        Assert.Contains("│ [ ] A. Er is geen indicatie nodig om deel te nemen", printed, StringComparison.Ordinal);
        Assert.Contains("│ [ ] F. Inzet vanuit een oprechte", printed, StringComparison.Ordinal);
        Assert.Contains("│ Onderdeel 6 van 18", printed, StringComparison.Ordinal);
        Assert.Contains("│ De verwachtingen van de sociale basis nemen toe.", printed, StringComparison.Ordinal);
        Assert.Contains("│ [Verstuur]", printed, StringComparison.Ordinal);

        // Participants as they typed, and the quote card with its sources.
        Assert.Contains("[Ruud Kok] Voor elk maatje een VOG", printed, StringComparison.Ordinal);
        Assert.Contains("│ │ — Kamerbrief, 6 juli 2023", printed, StringComparison.Ordinal);

        // Closing q1 reports exactly what the transcript gave: its answers minus the deleted one, by distinct people.
        var (answers, people) = FirstClosedQuestion(LoadShippedTranscript());
        var afterClose = printed[printed.IndexOf("[Marieke Jansen] @SocialeBasisBot sluit", StringComparison.Ordinal)..];
        Assert.Contains($"{answers} antwoorden van {people} deelnemers", afterClose, StringComparison.Ordinal);
        Assert.Contains($"(kaart bijgewerkt: Wat merken jullie van de hogere verwachtingen?) Gesloten · {answers} antwoorden", afterClose, StringComparison.Ordinal);
        Assert.Contains("is beëindigd", printed, StringComparison.Ordinal);

        var downloaded = Directory.Exists(outputFolder) ? Directory.GetFiles(outputFolder) : [];
        if (printed.Contains("geen downloadlinks", StringComparison.Ordinal))
        {
            Assert.Empty(downloaded);
            return;
        }

        Assert.Contains($"exportbestanden opgehaald via de links van de bot, in {outputFolder}", printed, StringComparison.Ordinal);
        Assert.NotEmpty(downloaded);
        Assert.All(downloaded, file =>
        {
            Assert.True(new FileInfo(file).Length > 0, $"{file} is empty");
            Assert.Contains("  " + Path.GetFileName(file) + " (", printed, StringComparison.Ordinal);
        });

        // The edit and the delete went through Teams' messageUpdate/messageDelete into what was exported.
        if (downloaded.FirstOrDefault(f => f.EndsWith(".csv", StringComparison.Ordinal)) is { } csv)
        {
            var transcript = LoadShippedTranscript();
            var exported = await File.ReadAllTextAsync(csv);
            var edit = transcript.Steps.First(s => s.Kind == DemoStepKind.Edit);
            var original = transcript.Steps.First(s => s.Ref == edit.Ref && s.Kind == DemoStepKind.Message);
            var deleted = transcript.Steps.First(s => s.Kind == DemoStepKind.Delete);
            Assert.Contains(edit.Text, exported, StringComparison.Ordinal);
            Assert.DoesNotContain(original.Text, exported, StringComparison.Ordinal);
            Assert.DoesNotContain(deleted.Text, exported, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wrong_option_gets_the_usage_and_exit_code_2()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await DemoCommand.RunAsync(["--snel"], output, error, TimeProvider.System, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Contains("Onbekende optie '--snel'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--out <map>", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_transcript_is_reported_with_file_and_line_before_anything_starts()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sbb-demo-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, """
            title: kapot
            facilitator: marieke
            people:
              marieke: Marieke Jansen
            steps:
              - command: start
              - from: onbekend
                text: hallo
              - delete: bestaat-niet
            """);
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();

            var code = await DemoCommand.RunAsync(["--transcript", path], output, error, TimeProvider.System, CancellationToken.None);

            Assert.Equal(2, code);
            Assert.Contains($"{path}:7: 'onbekend' staat niet onder people.", error.ToString(), StringComparison.Ordinal);
            Assert.Contains($"{path}:9: er is eerder geen bericht met ref 'bestaat-niet'.", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Bot op", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_reply_the_script_expects_but_the_bot_never_gives_fails_the_demo_with_exit_code_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sbb-demo-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, """
            facilitator: marieke
            people:
              marieke: Marieke Jansen
            steps:
              - botAdded: marieke
              - command: sluit
                expect: "Vraag gesloten"
            """);
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();

            var code = await DemoCommand.RunAsync(["--fast", "--transcript", path, "--out", outputFolder], output, error, TimeProvider.System, CancellationToken.None);

            Assert.Equal(1, code);
            Assert.Contains($"De demo is mislukt: {path}:6: na 'sluit' verwachtte het script \"Vraag gesloten\"", error.ToString(), StringComparison.Ordinal);
            // What the bot did say is in the chat: there is no session to close.
            Assert.Contains("Er loopt hier geen sessie.", output.ToString(), StringComparison.Ordinal);
            Assert.False(Directory.Exists(outputFolder));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static DemoTranscript LoadShippedTranscript() =>
        DemoTranscriptReader.Load(Path.Combine(RepositoryPaths.Root, "demo", "transcript.yaml"));

    /// <summary>Answers and distinct people between the command that opened the first closed question and its `sluit`.</summary>
    private static (int Answers, int People) FirstClosedQuestion(DemoTranscript transcript)
    {
        var steps = transcript.Steps.ToList();
        var close = steps.FindIndex(s => s is { Kind: DemoStepKind.Command, Text: "sluit" });
        var open = steps.FindLastIndex(close - 1, s => s.Kind == DemoStepKind.Command);
        var window = steps.Skip(open + 1).Take(close - open - 1).ToList();
        var deleted = window.Where(s => s.Kind == DemoStepKind.Delete).Select(s => s.Ref).ToHashSet();
        var answers = window.Where(s => s.Kind is DemoStepKind.Message or DemoStepKind.CardSubmit && (s.Ref is null || !deleted.Contains(s.Ref))).ToList();
        Assert.NotEmpty(answers);
        return (answers.Count, answers.Select(a => a.Person).Distinct().Count());
    }
}
