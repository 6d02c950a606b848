using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Core.Tests.Programme;

/// <summary>Every kind of mistake in a programme file is reported with the file, the line and a reason.</summary>
public sealed class ProgrammeValidationTests : IDisposable
{
    // Ten valid lines; the cases below append an item from line 11 on.
    private const string Header = """
        id: test
        title: Test
        buildingBlocks:
          - id: blok
            title: Blok
            theory: [punt]
        items:
          - id: intro
            kind: information
            title: Intro

        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, string, int, int, string> Mistakes => new()
    {
        {
            "duration that is no number of minutes",
            Header + """
              - id: vraag
                kind: openQuestion
                title: Vraag
                text: Wat zie je?
                duration: drie
            """, 15, 15, "'duration' bij onderdeel 'vraag' is 'drie': geef een aantal minuten van 1 tot en met 120"
        },
        {
            "duration on an item that does not close",
            Header + """
              - id: dia
                kind: information
                title: Dia
                duration: 3
            """, 14, 15, "'duration' bij onderdeel 'dia' kan alleen bij een vraag of poll"
        },
        {
            "unknown key, with a suggestion",
            Header + """
              - id: tweede
                kind: information
                tittle: Tweede
            """, 13, 5, "Onbekende sleutel 'tittle' in een onderdeel. Bedoel je 'title'?"
        },
        {
            "unknown top-level key",
            "id: test\ntitle: Test\nonderdelen: []\nitems:\n  - id: a\n    kind: information\n    title: A\n",
            3, 1, "Onbekende sleutel 'onderdelen' in het programma."
        },
        {
            "missing kind",
            Header + """
              - id: tweede
                title: Tweede
            """, 11, 5, "In een onderdeel ontbreekt 'kind' (verplicht)."
        },
        {
            "missing title with an empty value",
            Header + """
              - id: tweede
                kind: information
                title:
            """, 13, 5, "ontbreekt 'title' (verplicht)"
        },
        {
            "duplicate item id",
            Header + """
              - id: Intro
                kind: information
                title: Nog eens
            """, 11, 9, "De id 'Intro' is al gebruikt voor een eerder onderdeel"
        },
        {
            "unknown building block on a question",
            Header + """
              - id: q1
                kind: openQuestion
                title: Vraag
                text: Wat vind jij?
                buildingBlocks: [blok, onbekend]
            """, 15, 28, "Onderdeel 'q1' verwijst naar bouwsteen 'onbekend', maar die staat niet onder 'buildingBlocks'. Bekende bouwstenen: blok."
        },
        {
            "unknown building block on an expected theme",
            Header + """
              - id: q1
                kind: openQuestion
                title: Vraag
                text: Wat?
                expectedThemes:
                  - id: q1.x
                    label: X
                    buildingBlocks: [nergens]
            """, 18, 26, "Thema 'q1.x' verwijst naar bouwsteen 'nergens'"
        },
        {
            "poll without options",
            Header + """
              - id: peiling
                kind: poll
                title: Peiling
                text: Welke?
            """, 11, 5, "Onderdeel 'peiling' is een poll en heeft minstens twee 'options' nodig"
        },
        {
            "poll with one option",
            Header + """
              - id: peiling
                kind: poll
                title: Peiling
                text: Welke?
                options:
                  - id: A
                    label: Alleen deze
            """, 15, 5, "minstens twee 'options'"
        },
        {
            "duplicate poll option",
            Header + """
              - id: peiling
                kind: poll
                title: Peiling
                text: Welke?
                options:
                  - id: A
                    label: Een
                  - id: a
                    label: Twee
            """, 18, 13, "Optie 'a' komt twee keer voor bij onderdeel 'peiling'."
        },
        {
            "question without text",
            Header + """
              - id: q1
                kind: openQuestion
                title: Vraag
            """, 11, 5, "Onderdeel 'q1' is een vraag maar heeft geen 'text'"
        },
        {
            "bad kind",
            Header + """
              - id: dia
                kind: slide
                title: Dia
            """, 12, 11, "Onbekende soort 'slide' bij onderdeel 'dia'. Kies information, openQuestion of poll."
        },
        {
            "URL without scheme",
            Header + """
              - id: lezen
                kind: information
                title: Lezen
                links:
                  - title: Movisie
                    url: www.movisie.nl/versterken-sociale-basis
            """, 16, 14, "'www.movisie.nl/versterken-sociale-basis' bij onderdeel 'lezen' is geen geldig webadres"
        },
        {
            "URL with another scheme",
            Header + """
              - id: lezen
                kind: information
                title: Lezen
                links:
                  - title: Bestand
                    url: file:///etc/passwd
            """, 16, 14, "geen geldig webadres"
        },
        {
            "options on an information item",
            Header + """
              - id: info
                kind: information
                title: Info
                options:
                  - id: A
                    label: a
            """, 14, 5, "'options' horen alleen bij een poll, niet bij onderdeel 'info'."
        },
        {
            "expected themes on a poll",
            Header + """
              - id: peiling
                kind: poll
                title: Peiling
                text: Welke?
                options: [{ id: A, label: a }, { id: B, label: b }]
                expectedThemes:
                  - id: t
                    label: T
            """, 16, 5, "'expectedThemes' horen alleen bij een open vraag"
        },
        {
            "multipleChoice that is not true or false",
            Header + """
              - id: peiling
                kind: poll
                title: Peiling
                text: Welke?
                multipleChoice: misschien
                options: [{ id: A, label: a }, { id: B, label: b }]
            """, 15, 21, "'multipleChoice' in een onderdeel moet true of false zijn, niet 'misschien'."
        },
        {
            "bulletsFrom without a building block",
            Header + """
              - id: theorie
                kind: information
                title: Theorie
                bulletsFrom: theory
            """, 14, 18, "'bulletsFrom' bij onderdeel 'theorie' werkt met precies één bouwsteen"
        },
        {
            "duplicate building block id",
            """
            id: test
            title: Test
            buildingBlocks:
              - id: blok
                title: Blok
              - id: blok
                title: Nog een blok
            items:
              - id: a
                kind: information
                title: A
            """, 6, 9, "De bouwsteen-id 'blok' komt twee keer voor"
        },
        {
            "items that are not a list",
            "id: test\ntitle: Test\nitems: geen\n", 3, 8, "'items' in het programma moet een lijst zijn"
        },
        {
            "an item that is plain text",
            "id: test\ntitle: Test\nitems:\n  - Welkom iedereen\n", 4, 5, "Elk onderdeel onder 'items' in het programma moet sleutels hebben"
        },
        {
            "no items at all",
            "id: test\ntitle: Test\n", 1, 1, "Het programma heeft geen 'items'"
        },
        {
            "programme id with a space",
            "id: mijn programma\ntitle: Test\nitems:\n  - id: a\n    kind: information\n    title: A\n",
            1, 5, "De id 'mijn programma' van het programma mag alleen letters, cijfers"
        },
        {
            "language that is not nl or en",
            "id: test\ntitle: Test\nlanguage: de\nitems:\n  - id: a\n    kind: information\n    title: A\n",
            3, 11, "'language' moet nl of en zijn, niet 'de'."
        },
        {
            "a list where a text belongs",
            Header + """
              - id: tweede
                kind: information
                title: [Een, Twee]
            """, 13, 12, "'title' in een onderdeel moet een tekst zijn"
        },
        {
            "YAML syntax: a key on a continued line",
            Header + """
              - id: kapot
                 kind: information
            """, 12, 10, "De YAML klopt niet: hier staat een 'sleutel: waarde' op een plek waar dat niet kan"
        },
        {
            "YAML syntax: a tab for indentation",
            "id: test\ntitle: Test\nitems:\n\t- id: a\n", 4, 1, "deze regel springt in met een tab"
        },
        {
            "a list at the top instead of keys",
            "- id: a\n- id: b\n", 1, 1, "Een programmabestand begint met sleutels"
        },
        {
            "two documents in one file",
            "id: test\ntitle: Test\nitems:\n  - id: a\n    kind: information\n    title: A\n---\nid: tweede\n",
            8, 1, "meer dan één YAML-document"
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_is_reported_with_file_line_column_and_reason(string mistake, string yaml, int line, int column, string reason)
    {
        var path = folder.Write("fout.yaml", yaml);

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.LoadFile(path));

        Assert.True(
            ex.Errors.Any(e => e.File == path && e.Line == line && e.Column == column && e.Reason.Contains(reason, StringComparison.Ordinal)),
            $"{mistake}: expected '{reason}' at {line}:{column}, got:{Environment.NewLine}{ex.Message}");
        Assert.Contains($"{path}, regel {line}, kolom {column}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_reported_for_the_whole_file()
    {
        var path = folder.Write("leeg.yaml", "\n# alleen commentaar\n");

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.LoadFile(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(0, error.Line);
        Assert.Contains("Het bestand is leeg", error.Reason, StringComparison.Ordinal);
        Assert.Contains(path + ": Het bestand is leeg", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_problems_of_a_file_are_reported_together_in_line_order()
    {
        var path = folder.Write("fouten.yaml", Header + """
              - id: q1
                kind: openQuestion
                title: Vraag
                buildingBlocks: [geen-blok]
              - id: dia
                kind: slide
                title: Dia
            """);

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.LoadFile(path));

        Assert.Equal([11, 14, 16], ex.Errors.Select(e => e.Line));
        Assert.StartsWith("Ongeldig programmabestand (invalid programme file), 3 problemen:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_kind_is_the_only_problem_reported_for_its_item()
    {
        var path = folder.Write("soort.yaml", Header + """
              - id: peiling
                kind: stemming
                title: Stemming
                text: Welke?
                options: [{ id: A, label: a }, { id: B, label: b }]
            """);

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.LoadFile(path));

        Assert.Equal(12, Assert.Single(ex.Errors).Line);
    }

    [Fact]
    public void Duplicate_key_in_one_item_is_reported()
    {
        var path = folder.Write("dubbel.yaml", Header + """
              - id: tweede
                kind: information
                title: Een
                title: Twee
            """);

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.LoadFile(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(path, error.File);
        Assert.Equal(14, error.Line);
        Assert.Contains("de sleutel 'title' staat twee keer in hetzelfde blok", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_quote_is_explained()
    {
        var path = folder.Write("quote.yaml", Header + """
              - id: tweede
                kind: information
                title: "niet afgesloten
            """);

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.LoadFile(path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(13, error.Line);
        Assert.Contains("aanhalingstekens wordt niet afgesloten", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_minimal_file_loads_with_defaults()
    {
        var path = folder.Write("goed.yaml", Header);

        var programme = ProgrammeLoader.LoadFile(path);

        Assert.Equal("test", programme.Id);
        Assert.Equal("nl", programme.Language);
        var item = Assert.Single(programme.Items);
        Assert.Equal(ProgrammeItemKind.Information, item.Kind);
        Assert.Equal(8, item.SourceLine);
        Assert.Empty(item.Bullets);
        Assert.False(item.IsQuestion);
    }

    [Theory]
    [InlineData("information", ProgrammeItemKind.Information)]
    [InlineData("informatie", ProgrammeItemKind.Information)]
    [InlineData("openQuestion", ProgrammeItemKind.OpenQuestion)]
    [InlineData("open-question", ProgrammeItemKind.OpenQuestion)]
    [InlineData("vraag", ProgrammeItemKind.OpenQuestion)]
    [InlineData("Poll", ProgrammeItemKind.Poll)]
    public void Kind_accepts_documented_spellings(string written, ProgrammeItemKind kind)
    {
        var yaml = $"id: t\ntitle: T\nitems:\n  - id: a\n    kind: {written}\n    title: A\n    text: Vraag?\n" +
                   (kind == ProgrammeItemKind.Poll ? "    options: [{ id: A, label: a }, { id: B, label: b }]\n" : "");

        var programme = ProgrammeLoader.Parse(yaml, "inline.yaml");

        Assert.Equal(kind, programme.Items[0].Kind);
    }
}
