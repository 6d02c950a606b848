using SocialeBasisBot.Demo;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Demo;

/// <summary>The transcript format: what each step becomes, and every mistake named by file and line.</summary>
public sealed class DemoTranscriptReaderTests
{
    private const string People = """
        facilitator: marieke
        people:
          marieke: Marieke Jansen
          ahmed: Ahmed El Amrani

        """;

    [Fact]
    public void The_shipped_transcript_has_a_facilitator_eight_participants_and_every_kind_of_step()
    {
        var transcript = DemoTranscriptReader.Load(Path.Combine(RepositoryPaths.Root, "demo", "transcript.yaml"));

        Assert.Equal(9, transcript.People.Count);
        Assert.Equal("Marieke Jansen", transcript.People[transcript.Facilitator].Name);
        Assert.All(Enum.GetValues<DemoStepKind>(), kind => Assert.Contains(transcript.Steps, s => s.Kind == kind));
        Assert.Contains(transcript.Steps, s => s is { Kind: DemoStepKind.Message, Mention: true });
        Assert.Equal(["start", "sluit", "samenvatting", "export", "stop"],
            transcript.Steps.Where(s => s.Kind == DemoStepKind.Command && s.Text != "volgende" && s.Text != "status").Select(s => s.Text).Distinct());
    }

    [Fact]
    public void Steps_become_commands_messages_card_submits_edits_and_pauses()
    {
        var transcript = DemoTranscriptReader.Parse("t.yaml", People + """
            steps:
              - command: start
                expect: gestart
              - from: ahmed
                text: Meer vraag naar maatjes
                ref: a1
              - from: ahmed
                choices: [A, C]
              - from: ahmed
                choices: "B, D"
              - edit: a1
                text: Veel meer vraag
              - pause: 0.5
            """);

        var steps = transcript.Steps;
        Assert.Equal(new DemoStep(6, DemoStepKind.Command, "marieke", "start", Mention: true, Expect: "gestart"), steps[0]);
        Assert.Equal((DemoStepKind.Message, "Meer vraag naar maatjes", "a1"), (steps[1].Kind, steps[1].Text, steps[1].Ref));
        Assert.Equal(DemoStepKind.CardSubmit, steps[2].Kind);
        Assert.Equal(["A", "C"], steps[2].Choices!);
        Assert.Equal(["B", "D"], steps[3].Choices!);
        Assert.Equal((DemoStepKind.Edit, "ahmed", "Veel meer vraag", "a1"), (steps[4].Kind, steps[4].Person, steps[4].Text, steps[4].Ref));
        Assert.Equal(TimeSpan.FromSeconds(0.5), steps[5].Pause);
    }

    [Fact]
    public void All_mistakes_are_reported_at_once_with_their_lines()
    {
        var error = Assert.Throws<DemoTranscriptException>(() => DemoTranscriptReader.Parse("t.yaml", People + """
            steps:
              - command: start
                tekst: typfout
              - from: ahmed
              - from: ahmed
                text: dubbel
                ref: x
              - from: ahmed
                text: nog een
                ref: x
              - pause: 90
              - from: ahmed
                text: hoi
                mention: misschien
              - edit: bestaat-niet
                text: iets
            """));

        Assert.Equal(
        [
            "t.yaml:7: onbekende sleutel 'tekst' in een stap; verwacht: botAdded, command, by, expect, from, text, mention, card, choices, ref, edit, delete, resend, pause.",
            "t.yaml:8: deze stap heeft een 'text' nodig.",
            "t.yaml:12: de naam 'x' (ref) is al gebruikt.",
            "t.yaml:15: 'pause' is een aantal seconden tussen 0 en 30, bijvoorbeeld 'pause: 1.5'.",
            "t.yaml:18: 'mention' is true of false.",
            "t.yaml:19: er is eerder geen bericht met ref 'bestaat-niet'.",
        ], error.Errors);
    }

    [Fact]
    public void Invalid_yaml_names_the_line()
    {
        var error = Assert.Throws<DemoTranscriptException>(() => DemoTranscriptReader.Parse("t.yaml", "people:\n  a: Anna\n b: Bert\n"));

        Assert.StartsWith("t.yaml:3: geen geldige YAML", Assert.Single(error.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_list_is_reported_as_invalid_yaml_not_a_crash()
    {
        var error = Assert.Throws<DemoTranscriptException>(() => DemoTranscriptReader.Parse("t.yaml", "people:\n  a: [niet gesloten\nsteps: []\n"));

        Assert.StartsWith("t.yaml: geen geldige YAML", Assert.Single(error.Errors), StringComparison.Ordinal);
    }
}
