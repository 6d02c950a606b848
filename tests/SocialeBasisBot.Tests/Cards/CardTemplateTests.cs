using System.Text.Json.Nodes;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Teams.Cards;
using SocialeBasisBot.Themes;
using SocialeBasisBot.Tests.Infrastructure;

namespace SocialeBasisBot.Tests.Cards;

/// <summary>Every card template, rendered with real content, is a valid Adaptive Card 1.5 for Teams.</summary>
public sealed class CardTemplateTests
{
    private static readonly WebinarProgramme Deck = ProgrammeLoader.LoadFile(Path.Combine(RepositoryPaths.Dialogs, "sociale-basis.yaml"));
    private readonly ItemCards items = new();
    private readonly SummaryCards summaries = new();
    private readonly SocialeBasisBot.Teams.Meetings.MeetingCards meetings = new();
    private readonly WallCards wallCards = new();

    public static TheoryData<string, bool> DeckItems()
    {
        var data = new TheoryData<string, bool>();
        foreach (var item in Deck.Items)
        {
            data.Add(item.Id, true);
            if (item.IsQuestion)
            {
                data.Add(item.Id, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeckItems))]
    public void Every_item_of_the_deck_renders_as_a_valid_card(string itemId, bool open)
    {
        var item = Deck.FindItem(itemId)!;
        var card = items.Render(Deck, item, "sessie-1", 3, Deck.Items.Count, 7, open, Phrases.Dutch);

        AssertValid(card);
        var texts = CardText.All(card).ToList();
        Assert.Contains(item.Title, texts);
        Assert.All(item.Bullets, b => Assert.Contains($"• {b}", texts));
        Assert.All(item.Quotes, q => Assert.Contains(q.Text, texts));
        if (item.IsQuestion)
        {
            Assert.Contains(open ? "Het aantal antwoorden verschijnt hier als de vraag sluit." : "Gesloten · 7 antwoorden", texts);
            // Open: send, and above it on a row of its own (so a phone's narrow column cuts neither) the wall button
            // (facilitators get the link, others a polite word); closed: nothing.
            Assert.Equal(open ? ["sbb.answer"] : [], card["actions"]!.AsArray().Select(a => (string?)a!["verb"]));
            var wall = card["body"]!.AsArray().OfType<JsonObject>().Where(e => (string?)e["type"] == "ActionSet")
                .SelectMany(e => e["actions"]!.AsArray()).Select(a => (string?)a!["verb"]);
            Assert.Equal(open ? ["sbb.wall"] : [], wall);
        }
    }

    [Theory]
    [InlineData(ProgrammeItemKind.OpenQuestion, false)]
    [InlineData(ProgrammeItemKind.Poll, true)]
    public void A_question_posted_with_its_timer_running_says_when_it_closes(ProgrammeItemKind kind, bool english)
    {
        var item = Deck.Items.First(i => i.Kind == kind);
        var say = english ? Phrases.English : Phrases.Dutch;
        var closesAt = new DateTimeOffset(2026, 3, 12, 20, 42, 0, TimeSpan.FromHours(1));

        var open = items.Render(Deck, item, "s", 4, Deck.Items.Count, 0, open: true, say, closesAt: closesAt);
        var closed = items.Render(Deck, item, "s", 4, Deck.Items.Count, 3, open: false, say, closesAt: closesAt);

        AssertValid(open);
        Assert.Contains(english ? "⏱ Closes at 20:42" : "⏱ Sluit om 20:42", CardText.All(open));
        Assert.DoesNotContain(CardText.All(closed), t => t.StartsWith('⏱'));
        Assert.DoesNotContain(CardText.All(items.Render(Deck, item, "s", 4, Deck.Items.Count, 0, open: true, say)), t => t.StartsWith('⏱'));
    }

    [Fact]
    public void The_poll_card_offers_every_option_and_allows_several_choices()
    {
        var poll = Deck.Items.First(i => i.Kind == ProgrammeItemKind.Poll);
        var card = items.Render(Deck, poll, "s", 4, Deck.Items.Count, 0, open: true, Phrases.Dutch);

        var choiceSet = card["body"]!.AsArray().OfType<JsonObject>().Single(e => e["type"]!.GetValue<string>() == "Input.ChoiceSet");
        Assert.Equal(poll.MultipleChoice, choiceSet["isMultiSelect"]!.GetValue<bool>());
        Assert.Equal(poll.Options.Select(o => o.Id), choiceSet["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
    }

    [Fact]
    public void Question_summary_card_is_valid_and_escapes_participant_text()
    {
        var card = summaries.Question(SampleQuestionSummary(tooFew: false), Phrases.Dutch);

        AssertValid(card);
        var json = card.ToJsonString();
        Assert.DoesNotContain("[klik](http://evil.example)", json, StringComparison.Ordinal);
        Assert.Contains(@"\\[klik\\]", json, StringComparison.Ordinal);
        Assert.Contains("Bouwsteen: Steun en ruimte voor vrijwillige inzet", CardText.All(card));
        // Three participants only agreed ("+1", "eens met …"): "+3" beside the quote they agreed with, nowhere else.
        Assert.Equal(["+3"], CardText.All(card).Where(t => t.StartsWith('+')));
    }

    [Fact]
    public void Question_summary_card_with_too_few_answers_is_valid_and_shows_no_themes()
    {
        var card = summaries.Question(SampleQuestionSummary(tooFew: true), Phrases.Dutch);

        AssertValid(card);
        Assert.Contains(CardText.All(card), t => t.StartsWith("Maar 2 antwoorden", StringComparison.Ordinal));
    }

    [Fact]
    public void Poll_and_session_summary_and_export_cards_are_valid()
    {
        var poll = new PollSummary
        {
            ItemId = "eigenschappen",
            QuestionText = "Welke eigenschappen A–F heeft jouw initiatief?",
            Respondents = 5,
            MultipleChoice = true,
            Options = [new PollOptionCount { OptionId = "A", Label = "Geen indicatie nodig", Count = 4 }, new PollOptionCount { OptionId = "B", Label = "Iedereen welkom", Count = 1 }],
        };
        AssertValid(summaries.Poll(poll, Phrases.Dutch));

        var block = new BuildingBlockRef { Id = "vrijwillige-inzet", Title = "Steun en ruimte voor vrijwillige inzet" };
        var question = SampleQuestionSummary(tooFew: false);
        var session = new SessionSummary
        {
            SessionId = "s",
            ProgrammeId = Deck.Id,
            ProgrammeTitle = Deck.Title,
            AnswerCount = 12,
            ParticipantCount = 9,
            BuildingBlocks =
            [
                new BuildingBlockSummary { BuildingBlock = block, Questions = [new BuildingBlockQuestion { Question = question, Themes = question.Groups[0].Themes }], Polls = [poll] },
                new BuildingBlockSummary { BuildingBlock = new BuildingBlockRef { Id = "vragen-en-uitnodigen", Title = "Mensen vragen & uitnodigen" } },
            ],
        };
        var cards = summaries.Session(session, Phrases.Dutch);
        Assert.Equal(2, cards.Count);
        Assert.All(cards, AssertValid);
        Assert.Contains("Nog geen antwoorden bij deze bouwsteen.", CardText.All(cards[1]));

        var export = summaries.Export([("antwoorden.csv", "https://bot.example.nl/exports/s/antwoorden.csv?expires=1&sig=x")], false, DateTimeOffset.UnixEpoch, Phrases.Dutch);
        AssertValid(export);
        Assert.Equal("Action.OpenUrl", export["actions"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void A_session_summary_too_big_for_one_message_is_split_under_the_teams_limit()
    {
        var block = new BuildingBlockRef { Id = "vrijwillige-inzet", Title = "Steun en ruimte voor vrijwillige inzet" };
        var longQuote = string.Concat(Enumerable.Repeat("Heel lang antwoord over vrijwilligers en de buurt. ", 20));
        var questions = Enumerable.Range(1, 40).Select(q =>
        {
            var themes = Enumerable.Range(1, 12).Select(t => new ThemeSummary { Id = $"t{t}", Label = $"Thema {t} van vraag {q}", Count = t, Quotes = [longQuote] }).ToList();
            var summary = SampleQuestionSummary(tooFew: false) with { ItemId = $"q{q}" };
            return new BuildingBlockQuestion { Question = summary, Themes = themes };
        }).ToList();
        var session = new SessionSummary
        {
            SessionId = "s",
            ProgrammeId = Deck.Id,
            ProgrammeTitle = Deck.Title,
            BuildingBlocks = [new BuildingBlockSummary { BuildingBlock = block, Questions = questions }],
        };

        var cards = summaries.Session(session, Phrases.Dutch);

        Assert.True(cards.Count > 1);
        Assert.All(cards, c => Assert.True(SummaryCards.SizeInTeams(c) <= SummaryCards.MaxCardBytes));
        Assert.All(cards, AssertValid);
        Assert.Equal(40, cards.Sum(c => CardText.All(c).Count(t => t == questions[0].Question.QuestionText)));
    }

    [Fact]
    public void Every_embedded_card_template_is_used_by_a_renderer_tested_here()
    {
        var embedded = typeof(CardTemplate).Assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Cards.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n.Split('.')[^2])
            .Order(StringComparer.Ordinal)
            .ToList();
        // Item cards take their template from the item's kind (ItemKinds); summary and meeting cards keep one field per template.
        var used = new object[] { summaries, meetings, new AnswerCards(), wallCards, new CorrectionCards() }
            .SelectMany(r => r.GetType().GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
                .Where(f => f.FieldType == typeof(CardTemplate))
                .Select(f => ((CardTemplate)f.GetValue(r)!).Name))
            .Concat(items.TemplateNames)
            .Concat(new SocialeBasisBot.Teams.Privacy.PrivacyCards().TemplateNames)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["card-answer", "confirm", "export", "information", "meeting-ready", "poll", "poll-summary", "question", "question-summary", "session-summary", "theme-corrections", "wall-link"], embedded);
        Assert.Equal(embedded, used);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_wall_link_card_is_valid_in_both_languages(bool english)
    {
        var say = SocialeBasisBot.Wall.WallPhrases.For(english ? "en" : "nl");
        var access = new SocialeBasisBot.Wall.WallAccessResult(say, Deck.Title, "https://bot.example.nl/wall/s-1?expires=1&sig=x", new DateTimeOffset(2026, 3, 13, 20, 30, 0, TimeSpan.FromHours(1)));

        var card = wallCards.Link(access, "s-1", "q1");

        AssertValid(card);
        Assert.Contains(say.LinkCardText(access.Until), CardText.All(card));
        var actions = card["actions"]!.AsArray();
        Assert.Equal(access.Url, (string?)actions[0]!["url"]);
        Assert.Equal("sbb.change", (string?)actions[1]!["verb"]);
        Assert.Equal("q1", (string?)actions[1]!["data"]!["item"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_meeting_ready_card_is_valid_in_both_languages(bool english)
    {
        var say = english ? Phrases.English : Phrases.Dutch;
        var card = meetings.Ready(new MeetingReady(Deck.Title, Deck.Id, ["buurtkracht-workshop"], say));

        AssertValid(card);
        Assert.Contains(say.MeetingReadyTitle, CardText.All(card));
        Assert.Contains(say.OtherProgrammes(["buurtkracht-workshop"]), CardText.All(card));
    }

    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":3}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","colour":"Accent"}]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","msteams":{"width":"Half"},"body":[]}""")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Media","sources":[]}],"actions":[{"type":"Action.Dance"}]}""")]
    public void The_schema_check_rejects_cards_teams_would_not_render(string json)
    {
        Assert.False(AdaptiveCardSchema.Evaluate(JsonNode.Parse(json)!.AsObject()).IsValid);
    }

    private static QuestionSummary SampleQuestionSummary(bool tooFew)
    {
        var block = new BuildingBlockRef { Id = "vrijwillige-inzet", Title = "Steun en ruimte voor vrijwillige inzet" };
        return new QuestionSummary
        {
            ItemId = "q1",
            QuestionText = "Wat merken jullie daarvan binnen het vrijwilligerswerk?",
            BuildingBlocks = [block],
            AnswerCount = tooFew ? 2 : 12,
            ParticipantCount = tooFew ? 2 : 10,
            TooFewAnswers = tooFew,
            Groups = tooFew ? [] :
            [
                new BuildingBlockThemes
                {
                    BuildingBlock = block,
                    Themes =
                    [
                        new ThemeSummary { Id = "q1.vraag-stijgt", Label = "Vraag naar vrijwilligers stijgt", Count = 5, Quotes = ["We hebben een wachtlijst voor maatjes", "**Vet** [klik](http://evil.example)"], QuoteSupport = [3, 0], Support = 3 },
                        new ThemeSummary { Id = "q1.regeldruk", Label = "Regeldruk", Count = 3, Quotes = ["VOG aanvragen duurt weken"] },
                    ],
                },
            ],
            OtherCount = tooFew ? 0 : 2,
            OffTopicCount = tooFew ? 0 : 2,
            Settings = tooFew ? null : new ThemeSettings { Mode = "guided", Embeddings = "gloss+minilm" },
        };
    }

    private static void AssertValid(JsonObject card)
    {
        var results = AdaptiveCardSchema.Evaluate(card);
        Assert.True(results.IsValid, AdaptiveCardSchema.Describe(results) + "\n" + card.ToJsonString());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }
}
