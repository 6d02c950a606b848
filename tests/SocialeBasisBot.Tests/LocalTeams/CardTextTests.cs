using System.Text.Json.Nodes;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Teams.Cards;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.LocalTeams;

/// <summary>Cards as the bot really posts them (its own templates and the programme) and as recorded from Teams, read back as text.</summary>
public sealed class CardTextTests
{
    private static readonly WebinarProgramme Programme =
        ProgrammeLoader.LoadFile(Path.Combine(RepositoryPaths.Dialogs, "sociale-basis.yaml"));

    [Fact]
    public void An_open_poll_shows_title_question_checkboxes_count_and_button_in_card_order()
    {
        var lines = CardText.Lines(Render("eigenschappen", answers: 2, open: true));

        Assert.Equal(
        [
            "Onderdeel 4 van 18",
            "■ Iets is eerder ‘de sociale basis’ als...",
            "Welke eigenschappen A–F heeft jouw initiatief?",
            "Kies alle eigenschappen die passen.",
            "Jouw keuzes",
            "[ ] A. Er is geen indicatie nodig om deel te nemen",
            "[ ] B. Iedereen is in principe welkom",
            "[ ] C. Geen primair commerciële inslag",
            "[ ] D. Het draait in hoge mate op vrijwillige inzet",
            "[ ] E. Er is sprake van wederkerigheid",
            "[ ] F. Inzet vanuit een oprechte, maatschappelijke betrokkenheid, vanuit een intrinsieke motivatie",
            "Wat je via deze kaart verstuurt, verschijnt niet in de chat: alleen jij ziet dat het is aangekomen, en je kunt het nog wijzigen.",
            "Het aantal antwoorden verschijnt hier als de vraag sluit.",
            "[Themamuur (begeleiders)]",
            "[Verstuur]",
        ], lines);
    }

    [Fact]
    public void A_closed_poll_lists_the_options_without_inputs_or_button()
    {
        var lines = CardText.Lines(Render("eigenschappen", answers: 8, open: false));

        Assert.Contains("A. Er is geen indicatie nodig om deel te nemen", lines);
        Assert.Contains("Gesloten · 8 antwoorden", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("[ ]", StringComparison.Ordinal) || l.StartsWith("[Verstuur]", StringComparison.Ordinal));
    }

    [Fact]
    public void An_open_question_shows_its_building_blocks_input_and_button()
    {
        var lines = CardText.Lines(Render("q1", answers: 0, open: true));

        Assert.Equal("■ Wat merken jullie van de hogere verwachtingen?", lines[1]);
        Assert.Contains("Bouwsteen: Steun en ruimte voor vrijwillige inzet", lines);
        Assert.Contains("Bouwsteen: Mensen vragen & uitnodigen", lines);
        Assert.Contains("[ Typ hier je antwoord (of gewoon in de chat) ] (meerdere regels)", lines);
        // The input's label repeats its placeholder for screen readers; printed once is enough.
        Assert.Single(lines, l => l.Contains("Typ hier je antwoord", StringComparison.Ordinal));
        Assert.Equal("[Verstuur]", lines[^1]);
    }

    [Fact]
    public void Quotes_are_indented_under_a_bar_with_their_sources()
    {
        var lines = CardText.Lines(Render("verwachtingen", answers: 0, open: false));

        var gala = lines.ToList().IndexOf("│ — GALA");
        Assert.True(gala > 0, string.Join('\n', lines));
        Assert.StartsWith("│ Een sterke sociale basis om vanuit preventie", lines[gala - 1], StringComparison.Ordinal);
        Assert.Equal(7, lines.Count(l => l.StartsWith("│ — ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Bullets_and_links_keep_their_text_and_addresses()
    {
        var programme = CardText.Lines(Render("programma", answers: 0, open: false));
        var links = CardText.Lines(Render("verder-lezen", answers: 0, open: false));

        Assert.Contains("• Wat is de sociale basis? En waarom hebben wij het er met elkaar over?", programme);
        Assert.Contains("[Movisie] → https://www.movisie.nl/versterken-sociale-basis", links);
    }

    [Fact]
    public void A_card_recorded_from_Teams_traffic_renders_its_text_input_and_button()
    {
        var activity = JsonNode.Parse(File.ReadAllText(
            Path.Combine(RepositoryPaths.Fixtures, "js-rec_OUTGOING_bot-reply_adaptivecard_inputtext_actionsubmit.json")))!;
        var card = (JsonObject)activity["attachments"]![0]!["content"]!;

        Assert.Equal(["Bot Builder actions", "[  ]", "[Action.Submit]"], CardText.Lines(card));
        Assert.Equal("Bot Builder actions", CardText.Title(card));
    }

    [Fact]
    public void Summary_style_elements_render_as_lines_and_hidden_ones_are_left_out_and_assertions_read_plain_texts()
    {
        var card = (JsonObject)JsonNode.Parse("""
            {
              "type": "AdaptiveCard", "version": "1.5",
              "body": [
                { "type": "TextBlock", "text": "Samenvatting", "style": "heading" },
                { "type": "Container", "style": "emphasis", "items": [ { "type": "TextBlock", "text": "“Meer vraag\nnaar maatjes”" } ] },
                { "type": "ColumnSet", "columns": [
                  { "type": "Column", "items": [ { "type": "TextBlock", "text": "Vraagdruk" } ] },
                  { "type": "Column", "items": [ { "type": "TextBlock", "text": "5 antwoorden" } ] } ] },
                { "type": "ColumnSet", "columns": [
                  { "type": "Column", "items": [ { "type": "TextBlock", "text": "Regeldruk" }, { "type": "TextBlock", "text": "“Voor alles een VOG”" } ] },
                  { "type": "Column", "items": [ { "type": "TextBlock", "text": "2" } ] } ] },
                { "type": "FactSet", "facts": [ { "title": "Antwoorden", "value": "15" }, { "title": "Deelnemers", "value": "8" } ] },
                { "type": "Table", "rows": [
                  { "type": "TableRow", "cells": [ { "type": "TableCell", "items": [ { "type": "TextBlock", "text": "A" } ] },
                                                   { "type": "TableCell", "items": [ { "type": "TextBlock", "text": "6" } ] } ] } ] },
                { "type": "RichTextBlock", "inlines": [ { "type": "TextRun", "text": "Buiten " }, "de vraag: 1" ] },
                { "type": "TextBlock", "text": "verborgen", "isVisible": false },
                { "type": "Image", "url": "https://example.org/grafiek.png", "altText": "Staafdiagram" },
                { "type": "Input.ChoiceSet", "id": "keuze", "choices": [ { "title": "Ja", "value": "j" }, { "title": "Nee", "value": "n" } ] },
                { "type": "Carousel", "fallback": "drop" },
                { "type": "Carousel", "fallback": { "type": "TextBlock", "text": "Zonder carrousel" } },
                { "type": "Chart.Donut" }
              ],
              "actions": [
                { "type": "Action.ShowCard", "title": "Meer", "card": { "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "Details" } ] } },
                { "type": "Action.Execute", "title": "Vernieuw" }
              ]
            }
            """)!;

        Assert.Equal(
        [
            "■ Samenvatting",
            "│ “Meer vraag",
            "│ naar maatjes”",
            "Vraagdruk  5 antwoorden",
            "Regeldruk  2",
            "“Voor alles een VOG”",
            "Antwoorden: 15",
            "Deelnemers: 8",
            "A | 6",
            "Buiten de vraag: 1",
            "[afbeelding: Staafdiagram]",
            "[▾ Ja / Nee]",
            "Zonder carrousel",
            "[Chart.Donut]",
            "[Meer ▾]",
            "  Details",
            "[Vernieuw]",
        ], CardText.Lines(card));

        // Assertions get the same reading without terminal markers: a text whole, each column on its own.
        Assert.Equal(["Samenvatting", "“Meer vraag\nnaar maatjes”", "Vraagdruk", "5 antwoorden", "Regeldruk", "2", "“Voor alles een VOG”"], CardText.All(card).Take(7));
        Assert.Equal([["Vraagdruk", "5 antwoorden"], ["Regeldruk", "2"]], CardText.ColumnSets(card));
    }

    private static JsonObject Render(string itemId, int answers, bool open)
    {
        var item = Programme.FindItem(itemId)!;
        var position = Programme.Items.ToList().IndexOf(item) + 1;
        return new ItemCards().Render(Programme, item, "sessie-1", position, Programme.Items.Count, answers, open, Phrases.Dutch);
    }
}
