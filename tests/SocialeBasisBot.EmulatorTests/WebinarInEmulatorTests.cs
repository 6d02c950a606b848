using System.Text.Json.Nodes;
using SocialeBasisBot.EmulatorTests.Infrastructure;
using SocialeBasisBot.Programme;

namespace SocialeBasisBot.EmulatorTests;

/// <summary>
/// A short webinar in Microsoft's Teams emulator, in its group chat and in a channel, as a facilitator and five
/// participants play it. The facilitator types in the emulator's UI (headless Chromium): "@SocialeBasisBot start",
/// "volgende" until the first open question, "sluit", "stop". The participants answer with an @mention through the
/// UI's "Mock an Activity" route (the UI types only as its current user); in the group chat the current user also
/// answers in the question's card (Action.Execute) and sees the receipt. Everything asserted is what the UI shows:
/// the card titles from the programme file, the answer and participant counts, the summary's theme or quotes.
/// Titles, questions and themes are read from dialogs/, so the test follows the programmes as they change.
/// </summary>
public sealed class WebinarInEmulatorTests(EmulatorSession session) : IClassFixture<EmulatorSession>
{
    // The emulator's log panel writes one such line for each activity it delivered and the bot accepted.
    private const string Delivered = "Microsoft 365 Agents Playground -> User Application message 200";

    private static readonly TimeSpan BotReply = TimeSpan.FromSeconds(30);

    private const string CardAnswer = "Vrijwilligers krijgen steeds meer taken van de gemeente";

    private static readonly IReadOnlyList<WebinarProgramme> Programmes = ProgrammeLoader.LoadFolder(RepositoryPaths.Dialogs);

    [Fact]
    public async Task A_webinar_runs_in_the_group_chat_from_start_to_summary()
    {
        // "start" without a name runs the default programme, as in the README.
        var programme = Programmes.Single(p => p.Id == DefaultProgrammeId());
        var chat = session.Config["groupChats"]![0]!["name"]!.GetValue<string>();
        await PlayAsync(chat, programme, "start", startAt: null, replyAt: null, answerInCard: true);
    }

    [Fact]
    public async Task A_webinar_runs_in_a_channel_thread_from_start_to_summary()
    {
        // A facilitator starts with a new post in the channel and drives the session in its thread.
        var programme = Programmes.Single(p => p.Id == "buurtkracht-workshop");
        var team = session.Config["teams"]![0]!;
        var channel = team["channels"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).Last();
        var start = $"start {programme.Id}";
        await PlayAsync(channel, programme, start, startAt: new Compose(NewPost: true), replyAt: new Compose(Thread: start));
    }

    /// <param name="answerInCard">The current user also answers in the question's card (Action.Execute) and gets the
    /// receipt card only they see.</param>
    private async Task PlayAsync(string chat, WebinarProgramme programme, string start, Compose? startAt, Compose? replyAt, bool answerInCard = false)
    {
        var ui = session.Ui;
        await ui.OpenChatAsync(chat);
        var question = programme.Items.First(i => i.Kind == ProgrammeItemKind.OpenQuestion);
        var toQuestion = programme.Items.TakeWhile(i => i != question).Append(question).ToList();
        try
        {
            // Every item up to the first open question arrives as a card carrying its title.
            string conversation = "";
            for (var step = 0; step < toQuestion.Count; step++)
            {
                var title = toQuestion[step].Title;
                var before = await ui.CountAsync(title);
                if (step == 0)
                    conversation = await ui.SayAsync(start, startAt);
                else
                    await ui.SayAsync("volgende", replyAt);
                await ui.WaitForAsync([title], before + 1, BotReply);
            }

            // Five participants answer, each mentioning the bot.
            var answers = AnswersFor(question);
            var participants = session.Participants;
            Assert.True(participants.Count >= answers.Count, "the emulator config has too few users");
            var delivered = await ui.CountAsync(Delivered, wholePage: true);
            for (var i = 0; i < answers.Count; i++)
                await session.Emulator.SendAsUserAsync(conversation, participants[i], session.BotId, session.BotName, answers[i]);
            await ui.WaitForAsync([Delivered], delivered + answers.Count, BotReply, wholePage: true);

            // The current user answers in the card: the emulator sends Action.Execute as an adaptiveCard/action invoke and
            // shows the receipt card the bot answers with (to this user only; nothing goes to the chat).
            if (answerInCard)
            {
                var received = await ui.CountAsync("Ontvangen ✓");
                Assert.Equal(200, await ui.AnswerInCardAsync(question.Title, CardAnswer, "Verstuur"));
                await ui.WaitForAsync(["Ontvangen ✓", CardAnswer], received + 1, BotReply);
                await ui.ScreenshotAsync(Path.Combine(EmulatorSession.Screenshots, $"emulator-{programme.Id}-card-answer.png"));
            }

            // "sluit": the question's summary comes back (it repeats the question) with the counts of answers and people,
            // and names the first expected theme (three answers are its examples) or, without expected themes, quotes
            // answers as they were typed. The emulator does not show mocked activities in the chat, so before "sluit"
            // no answer text and no theme is on screen.
            var n = answers.Count + (answerInCard ? 1 : 0);
            var theme = question.ExpectedThemes.Count > 0 ? question.ExpectedThemes[0].Label : null;
            var themeShown = theme is null ? 0 : await ui.CountAsync(theme);
            foreach (var answer in answers)
                Assert.Equal(0, await ui.CountAsync(answer));
            var questionShown = await ui.CountAsync(question.QuestionText);
            await ui.SayAsync("sluit", replyAt);
            await ui.WaitForAsync([question.QuestionText], questionShown + 1, BotReply);
            await ui.WaitForAsync([$"{n} antwoorden", $"{n} deelnemers"], 1, BotReply);
            if (theme is not null)
                await ui.WaitForAsync([theme], themeShown + 1, BotReply);
            else
                await ui.WaitForAsync(answers, 1, BotReply, any: true);

            // "stop" ends the session and names the programme once more.
            var titleShown = await ui.CountAsync(programme.Title);
            await ui.SayAsync("stop", replyAt);
            await ui.WaitForAsync([programme.Title], titleShown + 1, BotReply);

            // The UI loaded from the emulator alone: only its CDN fonts were refused, and no script failed.
            var log = await ui.LogAsync();
            Assert.Empty(log["pageErrors"]!.AsArray());
            Assert.All(log["blocked"]!.AsArray(), url => Assert.Contains("cdn.office.net", url!.GetValue<string>(), StringComparison.Ordinal));
        }
        finally
        {
            await ui.ScreenshotAsync(Path.Combine(EmulatorSession.Screenshots, $"emulator-{programme.Id}.png"));
        }
    }

    /// <summary>
    /// Five answers: with expected themes, three examples of the first theme and two of the second (the programme's own
    /// examples, so the theme engine has a clear case); otherwise five ordinary answers.
    /// </summary>
    private static List<string> AnswersFor(ProgrammeItem question)
    {
        if (question.ExpectedThemes.Count >= 2)
        {
            return
            [
                .. question.ExpectedThemes[0].Examples.Take(3),
                .. question.ExpectedThemes[1].Examples.Take(2),
            ];
        }

        return
        [
            "de buurtkamer waar bewoners elkaar elke week ontmoeten",
            "de vrijwilligers van de voedselbank in onze wijk",
            "mijn buurvrouw die boodschappen doet voor ouderen",
            "het taalcafé in de bibliotheek",
            "de jongeren die het speeltuintje opknappen",
        ];
    }

    private static string DefaultProgrammeId()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.json")))!;
        return settings["Programmes"]!["Default"]!.GetValue<string>();
    }
}
