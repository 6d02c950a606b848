using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Core.Tests.Programme;

/// <summary>The real dialogs/sociale-basis.yaml carries the deck faithfully.</summary>
public sealed class SocialeBasisProgrammeTests
{
    private static readonly WebinarProgramme Programme = ProgrammeLoader.LoadFile(RepositoryFiles.Dialog("sociale-basis.yaml"));

    [Fact]
    public void Loads_with_its_id_title_and_language()
    {
        Assert.Equal("sociale-basis", Programme.Id);
        Assert.Equal("nl", Programme.Language);
        Assert.Contains("sociale basis", Programme.Title, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("sociale-basis.yaml", Programme.SourceFile, StringComparison.Ordinal);
    }

    [Fact]
    public void Follows_the_deck_in_order()
    {
        var titles = Programme.Items.Select(i => i.Title).ToList();
        string[] expectedOrder =
        [
            "Programma",
            "De sociale basis: wat is het?",
            "Iets is eerder sociale basis als het bijdraagt aan…",
            "Hoge verwachtingen van een diffuus concept",
            "Wat merken jullie van de hogere verwachtingen?",
            "Ontwikkelingen in het vrijwilligerswerk",
            "Verandertheorie sociale basis",
            "Steun en ruimte voor vrijwillige inzet – Theorie [selectie]",
            "Steun en ruimte voor vrijwillige inzet – Werken aan… [selectie]",
            "Mensen vragen & uitnodigen – Theorie [selectie]",
            "Mensen vragen & uitnodigen – Werken aan… [selectie]",
            "Hoe kunnen jullie dit gebruiken in de praktijk?",
            "Wat heb jij nodig?",
            "Hoe nu verder?",
            "Dank voor de aandacht! Verder lezen?",
        ];
        var positions = expectedOrder.Select(t => titles.IndexOf(t)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(2, titles.Count(t => t == "Ontwikkelingen in het vrijwilligerswerk"));
    }

    [Fact]
    public void Agenda_lists_the_programme_of_the_deck()
    {
        var agenda = Programme.FindItem("programma")!;
        Assert.Equal(ProgrammeItemKind.Information, agenda.Kind);
        Assert.Equal(
            [
                "Wat is de sociale basis? En waarom hebben wij het er met elkaar over?",
                "Wat zijn de verwachtingen van de sociale basis?",
                "Wat merken jullie daarvan?",
                "Hoe versterk je de sociale basis?",
                "Bouwstenen uitgelicht",
                "Wat is jouw rol?",
                "Hoe nu verder?",
            ],
            agenda.Bullets);
    }

    [Fact]
    public void Definition_slide_has_its_points_and_what_it_is_about()
    {
        var item = Programme.FindItem("wat-is-het")!;
        Assert.Equal("De sociale basis: wat is het?", item.Title);
        Assert.Contains("Beleidsconcept", item.Bullets);
        Assert.Contains("Er is geen vaste definitie", item.Bullets);
        Assert.Contains("Het gaat om:", item.Bullets);
        Assert.Contains("mensen en hun naasten,", item.Bullets);
        Assert.Contains("hun verbanden en relaties;", item.Bullets);
        Assert.Contains("de ‘infrastructuur’: voorzieningen, accommodaties en betaalde krachten.", item.Bullets);
    }

    [Fact]
    public void Criteria_slide_has_contributions_and_properties_A_to_F()
    {
        var item = Programme.FindItem("eerder-sociale-basis")!;
        Assert.Contains("laagdrempelige steun aan/tussen inwoners die dat nodig hebben.", item.Bullets);
        Assert.Contains("(meer) verbinding tussen (groepen) bewoners; lokale binding;", item.Bullets);
        string[] properties =
        [
            "A. Er geen indicatie nodig is om deel te nemen;",
            "B. iedereen in principe welkom is;",
            "C. geen primair commerciële inslag;",
            "D. het in hoge mate draait op vrijwillige inzet;",
            "E. er sprake is van wederkerigheid;",
            "F. inzet vanuit een oprechte, maatschappelijke betrokkenheid, vanuit een intrinsieke motivatie.",
        ];
        Assert.All(properties, p => Assert.Contains(p, item.Bullets));
    }

    [Fact]
    public void Checklist_poll_offers_properties_A_to_F_as_multiple_choice()
    {
        var poll = Programme.Items.Single(i => i.Kind == ProgrammeItemKind.Poll);
        Assert.Equal("Welke eigenschappen A–F heeft jouw initiatief?", poll.Text);
        Assert.True(poll.MultipleChoice);
        Assert.Equal(["A", "B", "C", "D", "E", "F"], poll.Options.Select(o => o.Id));
        Assert.Equal("Iedereen is in principe welkom", poll.Options[1].Label);
        Assert.True(poll.IsQuestion);
    }

    [Fact]
    public void Expectations_slide_has_Van_der_Lans_and_all_six_quotes_with_their_sources()
    {
        var item = Programme.FindItem("verwachtingen")!;
        Assert.Equal(
            [
                "Van der Lans (2023) ‘Ontsnappen aan aanbesteden’. p. 79.",
                "GALA",
                "Nederlands Zorginstituut",
                "IZA",
                "GALA",
                "Kamerbrief, 6 juli 2023",
                "WOZO",
            ],
            item.Quotes.Select(q => q.Source));
        Assert.StartsWith("Het is eigenlijk vreemd gesteld met het begrip “sociale basis”.", item.Quotes[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("Het heeft vooral een vermoedelijke ‘ongeveer’ betekenis.", item.Quotes[0].Text, StringComparison.Ordinal);
        Assert.Contains("informele zorgverleners en mantelzorgers", item.Quotes[2].Text, StringComparison.Ordinal);
        Assert.Contains("vitaliteit en gezondheid van ouderen", item.Quotes[6].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(item.Quotes, q => q.Text.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void Volunteering_developments_include_Kunnen_Willen_Mogen()
    {
        var demand = Programme.FindItem("ontwikkelingen-vraag")!;
        Assert.Contains("mensen moeten langer thuis wonen,", demand.Bullets);
        Assert.Contains(demand.Bullets, b => b.Contains("dagbesteding of huishoudelijke hulp", StringComparison.Ordinal));
        var volunteers = Programme.FindItem("ontwikkelingen-inzet")!;
        Assert.Contains("(tussen de 40 en 50%)", volunteers.Text, StringComparison.Ordinal);
        Assert.Contains("Kunnen – capaciteit", volunteers.Bullets);
        Assert.Contains("Willen – motivatie", volunteers.Bullets);
        Assert.Contains("Mogen – gevraagd worden", volunteers.Bullets);
        Assert.Contains("Daling contact vrijwilligers met beroepskrachten", volunteers.Bullets);
    }

    [Fact]
    public void Verandertheorie_explains_what_a_theory_of_change_is()
    {
        var item = Programme.FindItem("verandertheorie")!;
        Assert.Contains("Wat is een ‘verandertheorie’?", item.Text, StringComparison.Ordinal);
        Assert.Contains(item.Bullets, b => b.Contains("Wat wil je bereiken, wat doe je daartoe", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_building_blocks_carry_their_theory_and_working_on_points()
    {
        Assert.Equal(["vrijwillige-inzet", "vragen-en-uitnodigen"], Programme.BuildingBlocks.Select(b => b.Id));

        var support = Programme.FindBuildingBlock("vrijwillige-inzet")!;
        Assert.Equal("Steun en ruimte voor vrijwillige inzet", support.Title);
        Assert.Equal(6, support.Theory.Count);
        Assert.Equal("Vrijwillige inzet vindt plaats op basis van intrinsieke motivatie.", support.Theory[0]);
        Assert.Contains(support.Theory, t => t.StartsWith("Goed vrijwilligersbeleid:", StringComparison.Ordinal));
        Assert.Equal(6, support.WorkingOn.Count);
        Assert.Equal("Gelijkwaardige samenwerking tussen vrijwilligers(organisaties) en formele organisaties.", support.WorkingOn[0]);
        Assert.Contains(support.WorkingOn, w => w.Contains("Vermindering van regeldruk", StringComparison.Ordinal));
        Assert.Contains(support.WorkingOn, w => w.Contains("structurele vergoeding voor vrijwilligerswerk", StringComparison.Ordinal));

        var invite = Programme.FindBuildingBlock("vragen-en-uitnodigen")!;
        Assert.Equal("Mensen vragen & uitnodigen", invite.Title);
        Assert.Equal(5, invite.Theory.Count);
        Assert.Contains(invite.Theory, t => t.Contains("erkenning (‘ik voel mij gezien’)", StringComparison.Ordinal));
        Assert.Equal(6, invite.WorkingOn.Count);
        Assert.Contains(invite.WorkingOn, w => w.Contains("bijstandsuitkering", StringComparison.Ordinal));
        Assert.Contains(invite.WorkingOn, w => w.Contains("waak voor onbedoeld overvragen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("vrijwillige-inzet-theorie", "vrijwillige-inzet", true)]
    [InlineData("vrijwillige-inzet-werken-aan", "vrijwillige-inzet", false)]
    [InlineData("vragen-en-uitnodigen-theorie", "vragen-en-uitnodigen", true)]
    [InlineData("vragen-en-uitnodigen-werken-aan", "vragen-en-uitnodigen", false)]
    public void Building_block_slides_show_the_block_points(string itemId, string blockId, bool theory)
    {
        var item = Programme.FindItem(itemId)!;
        var block = Programme.FindBuildingBlock(blockId)!;
        Assert.Equal(ProgrammeItemKind.Information, item.Kind);
        Assert.Equal([blockId], item.BuildingBlocks);
        Assert.Equal(theory ? block.Theory : block.WorkingOn, item.Bullets);
    }

    [Fact]
    public void Has_the_three_chat_questions_of_the_deck_linked_to_both_blocks()
    {
        var questions = Programme.Items.Where(i => i.Kind == ProgrammeItemKind.OpenQuestion).ToList();
        Assert.Equal(["q1", "q2", "q3"], questions.Select(q => q.Id));
        Assert.Equal(
            "De verwachtingen van de sociale basis nemen toe. Wat merken jullie daarvan binnen het vrijwilligerswerk? " +
            "Welke concrete verwachtingen zijn dat?",
            questions[0].Text);
        Assert.Equal("Antwoorden graag in de chat", questions[0].Prompt);
        Assert.Equal("Hoe kun je de bouwstenen gebruiken in jullie praktijk?", questions[1].Text);
        Assert.Contains("Als onderbouwing bij subsidieaanvragen", questions[1].Bullets);
        Assert.Contains("In gesprekken met de gemeente", questions[1].Bullets);
        Assert.Equal("Graag wat voorbeelden in de chat", questions[1].Prompt);
        Assert.Equal("Wat heb jij nodig om ermee aan de slag te kunnen?", questions[2].Text);
        Assert.All(questions, q => Assert.Equal(["vrijwillige-inzet", "vragen-en-uitnodigen"], q.BuildingBlocks));
        Assert.All(questions, q => Assert.True(q.SourceLine > 0));
    }

    [Theory]
    [InlineData("q1", 10)]
    [InlineData("q2", 6)]
    [InlineData("q3", 7)]
    public void Questions_have_expected_themes_with_existing_building_blocks(string questionId, int themeCount)
    {
        var question = Programme.FindItem(questionId)!;
        Assert.Equal(themeCount, question.ExpectedThemes.Count);
        Assert.All(question.ExpectedThemes, theme =>
        {
            Assert.StartsWith(questionId + ".", theme.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(theme.Label));
            Assert.False(string.IsNullOrWhiteSpace(theme.Description));
            Assert.InRange(theme.Examples.Count, 3, 6);
            Assert.All(theme.BuildingBlocks, b => Assert.NotNull(Programme.FindBuildingBlock(b)));
        });
    }

    [Fact]
    public void Expected_theme_ids_match_the_scheme_of_the_dev_data()
    {
        var ids = Programme.Items.SelectMany(i => i.ExpectedThemes).Select(t => t.Id).ToHashSet();
        string[] scheme =
        [
            "q1.vraag-stijgt", "q1.zwaardere-taken", "q1.voorzieningen", "q1.overvraging", "q1.professionals",
            "q1.training-matching", "q1.regeldruk", "q1.activeren", "q1.flexibel", "q1.vergoeding",
            "q2.subsidie", "q2.gemeente", "q2.bewustwording", "q2.netwerk", "q2.eigen-beleid", "q2.zichtbaarheid",
            "q3.tijd", "q3.geld", "q3.voorbeelden", "q3.draagvlak", "q3.uitwisseling", "q3.ondersteuning", "q3.vertaling",
        ];
        Assert.Equal(scheme.Order(), ids.Order());
        Assert.Equal(["vragen-en-uitnodigen"], Programme.FindItem("q1")!.ExpectedThemes.Single(t => t.Id == "q1.activeren").BuildingBlocks);
        Assert.Empty(Programme.FindItem("q2")!.ExpectedThemes.Single(t => t.Id == "q2.gemeente").BuildingBlocks);
    }

    [Fact]
    public void Ends_with_next_steps_and_both_reading_links()
    {
        var next = Programme.FindItem("hoe-nu-verder")!;
        Assert.Contains("Dit is de “90% versie”, doel is: gebruiken in de praktijk!", next.Bullets);
        Assert.Contains(next.Bullets, b => b.Contains("ondersteuningsprogramma", StringComparison.Ordinal));

        var last = Programme.Items[^1];
        Assert.Equal("Dank voor de aandacht! Verder lezen?", last.Title);
        Assert.Equal(
            ["http://www.verwey-jonker.nl/onderzoek-naar-de-sociale-basis", "https://www.movisie.nl/versterken-sociale-basis"],
            last.Links.Select(l => l.Url));
    }

    [Fact]
    public void Every_item_knows_its_line_in_the_file()
    {
        var lines = File.ReadAllLines(Programme.SourceFile);
        Assert.All(Programme.Items, item =>
            Assert.Equal($"  - id: {item.Id}", lines[item.SourceLine - 1]));
    }
}
