using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SocialeBasisBot.LocalTeams;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Demo;

/// <summary>
/// Plays a transcript against the real bot: starts the bot host and a local Teams connector, POSTs each step as a
/// Teams activity to /api/messages, prints the chat as it happens and finally downloads the export links.
/// </summary>
public sealed class DemoPlayer(DemoTranscript transcript, DemoOptions options, ChatPrinter printer, TextWriter output, TimeProvider time)
{
    public const string BotName = TeamsChat.BotName;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ExpectTimeout = TimeSpan.FromSeconds(2);
    private readonly Dictionary<string, JsonObject> sent = new(StringComparer.Ordinal);

    public async Task<DemoResult> RunAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var work = Path.Combine(Path.GetTempPath(), "sociale-basis-demo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            await using var connector = await LocalTeamsConnector.StartAsync(ct);
            connector.Received = printer.Bot;
            await using var bot = await StartBotAsync(work, ct);
            using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            var teams = new TeamsChat(connector.ServiceUrl, transcript.ConversationId, "groupChat", time);

            printer.Line($"Bot op {bot.BaseAddress}, Teams-connector op {connector.ServiceUrl}");
            printer.Line($"Groepschat '{transcript.Title}' met {transcript.People.Count} {(transcript.People.Count == 1 ? "persoon" : "mensen")}; begeleider: {transcript.People[transcript.Facilitator].Name}");
            printer.Line();

            foreach (var step in transcript.Steps)
            {
                await PaceAsync(step, ct);
                await PlayAsync(step, teams, connector, http, ct);
            }

            await QuietAsync(connector, ct);
            if (connector.Posts.FirstOrDefault(r => r.Text == Phrases.Dutch.SomethingWentWrong) is { } failure)
            {
                throw new DemoFailedException($"De bot meldde een fout in de chat (\"{failure.Text}\"); zie de log hierboven.");
            }

            var files = await DownloadExportsAsync(connector, http, bot.BaseAddress, ct);
            return new DemoResult(connector.Calls, files, clock.Elapsed);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TryDelete(work);
        }
    }

    private async Task<InProcessBotHost> StartBotAsync(string work, CancellationToken ct)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:SocialeBasisBot"] = $"Data Source={Path.Combine(work, "demo.db")}",
            ["Storage:Provider"] = "Sqlite",
            // Empty app id: local anonymous mode, so the bot accepts our activities and calls our connector unsigned.
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppType"] = "",
            ["MicrosoftAppTenantId"] = "",
            // --fast plays an hour in seconds; Teams' rate per chat (which the local connector does not enforce) would
            // stretch it out again, so it is off there. Played at its own pace the demo keeps the real rate.
            ["Outbox:PerSecond"] = options.Fast ? "0" : "6",
            ["Outbox:PerTwoSeconds"] = options.Fast ? "0" : "7",
            ["Outbox:PerHalfMinute"] = options.Fast ? "0" : "55",
            ["Exports:SigningKey"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        try
        {
            return await InProcessBotHost.StartAsync(settings, StartTimeout, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DemoFailedException($"De bot kon niet starten: {ex.Message}", ex);
        }
    }

    private async Task PlayAsync(DemoStep step, TeamsChat teams, LocalTeamsConnector connector, HttpClient http, CancellationToken ct)
    {
        if (step.Kind == DemoStepKind.Pause)
        {
            // --fast still waits a moment, so the answer count (refreshed every 0.2 s) shows before a question closes.
            await Task.Delay(options.Fast ? Min(step.Pause, TimeSpan.FromMilliseconds(300)) : step.Pause, time, ct);
            return;
        }

        var who = transcript.People[step.Person];
        var before = connector.Calls.Count;
        switch (step.Kind)
        {
            case DemoStepKind.BotAdded:
                printer.Note($"{who.Name} voegt {BotName} toe aan de groepschat");
                await SendAsync(http, step, teams.BotAdded(who.User), ct);
                await RepliesAsync(connector, before, ct);
                break;
            case DemoStepKind.Command:
                printer.Person(who.Name, $"@{BotName} {step.Text}");
                await SendAsync(http, step, teams.Mention(who.User, step.Text), ct);
                await RepliesAsync(connector, before, ct);
                if (step.Expect is { } expected)
                {
                    await ExpectAsync(step, expected, connector, before, ct);
                }

                break;
            case DemoStepKind.Message:
                printer.Person(who.Name, step.Mention ? $"@{BotName} {step.Text}" : step.Text);
                await SendAsync(http, step, Remember(step, step.Mention ? teams.Mention(who.User, step.Text) : teams.Message(who.User, step.Text)), ct);
                break;
            case DemoStepKind.CardSubmit:
                // The card comes through the bot's outbox, after its turn: on a busy machine it may still be on its way.
                await connector.WaitForPostAsync(p => p.Cards.SelectMany(SubmitData).Any(d => (string?)d["sbb"] == "answer"), ExpectTimeout).WaitAsync(ct);
                var (card, value) = OpenCard(step, connector);
                printer.Person(who.Name, step.Choices is { Count: > 0 } choices
                    ? $"(vinkt aan in de kaart: {string.Join(", ", choices)} en drukt op de knop)"
                    : $"(typt in de kaart en drukt op de knop) {step.Text}");
                await SendAsync(http, step, Remember(step, teams.CardSubmit(who.User, card.ActivityId, value)), ct);
                break;
            case DemoStepKind.Edit:
                printer.Person(who.Name, $"(bewerkt het bericht) {step.Text}");
                await SendAsync(http, step, teams.Edit(who.User, SentId(step), step.Text), ct);
                break;
            case DemoStepKind.Delete:
                printer.Person(who.Name, $"(verwijdert het bericht \"{step.Text}\")");
                await SendAsync(http, step, teams.Delete(who.User, SentId(step)), ct);
                break;
            case DemoStepKind.Resend:
                printer.Note($"Teams bezorgt het bericht van {who.Name} nog een keer: \"{step.Text}\"");
                await SendAsync(http, step, (JsonObject)sent[step.Ref!].DeepClone(), ct);
                break;
            default:
                throw new InvalidOperationException($"Step kind {step.Kind} is not played.");
        }
    }

    /// <summary>A little time between messages so the chat reads like one; --fast plays it straight through.</summary>
    private async Task PaceAsync(DemoStep step, CancellationToken ct)
    {
        if (!options.Fast && step.Kind != DemoStepKind.Pause)
        {
            await Task.Delay(step.Kind == DemoStepKind.Command ? TimeSpan.FromMilliseconds(300) : TimeSpan.FromMilliseconds(150), time, ct);
        }
    }

    /// <summary>Keeps a message that later steps edit, delete or deliver again.</summary>
    private JsonObject Remember(DemoStep step, JsonObject activity)
    {
        if (step.Ref is { } name)
        {
            sent[name] = (JsonObject)activity.DeepClone();
        }

        return activity;
    }

    private string SentId(DemoStep step) => (string)sent[step.Ref!]["id"]!;

    /// <summary>The card a participant answers in: the last one the bot posted with an answer button.</summary>
    private (ConnectorCall Card, JsonObject Value) OpenCard(DemoStep step, LocalTeamsConnector connector)
    {
        foreach (var request in connector.Posts.Reverse())
        {
            var data = request.Cards.SelectMany(SubmitData).FirstOrDefault(d => (string?)d["sbb"] == "answer");
            if (data is null)
            {
                continue;
            }

            // Teams puts the action's data and the inputs side by side in value; a multi-select gives "A,C".
            var value = (JsonObject)data.DeepClone();
            if (step.Choices is { Count: > 0 } choices)
            {
                value["choices"] = string.Join(',', choices);
            }
            else
            {
                value["answer"] = step.Text;
            }

            return (request, value);
        }

        throw new DemoFailedException($"{transcript.Path}:{step.Line}: de bot heeft nog geen kaart met een verstuurknop geplaatst.");
    }

    private static IEnumerable<JsonObject> SubmitData(JsonObject card) =>
        (card["actions"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(a => (string?)a["type"] is "Action.Submit" or "Action.Execute")
            .Select(a => a["data"]).OfType<JsonObject>();

    private async Task SendAsync(HttpClient http, DemoStep step, JsonObject activity, CancellationToken ct)
    {
        using var response = await PostAsync(http, step, activity, ct);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            throw new DemoFailedException(
                $"{transcript.Path}:{step.Line}: POST /api/messages ({activity["type"]}) gaf {(int)response.StatusCode} {response.ReasonPhrase}. {body}".TrimEnd());
        }
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient http, DemoStep step, JsonObject activity, CancellationToken ct)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            return await http.PostAsync(new Uri("api/messages", UriKind.Relative), content, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            // The bot stopped (Ctrl+C reaches its host too) or hung past the client's timeout.
            throw new DemoFailedException($"{transcript.Path}:{step.Line}: de bot gaf geen antwoord op {activity["type"]}: {ex.Message}", ex);
        }
    }

    private async Task ExpectAsync(DemoStep step, string expected, LocalTeamsConnector connector, int before, CancellationToken ct)
    {
        // Re-checked on every call the bot makes, until it said what the script expects or the wait is over.
        var said = await connector.WaitForAsync(
            c => c.Calls.Skip(before).Any(r => r.Succeeded && r.AllText.Contains(expected, StringComparison.Ordinal)),
            ExpectTimeout).WaitAsync(ct);
        if (!said)
        {
            throw new DemoFailedException(
                $"{transcript.Path}:{step.Line}: na '{step.Text}' verwachtte het script \"{expected}\" in het antwoord van de bot, maar dat kwam niet.");
        }
    }

    /// <summary>
    /// The bot answers a command after the turn (through its outbox): wait for what it posts, as the people in the chat
    /// do before the next step (a card to answer in, the chat printed in order).
    /// </summary>
    private static Task<bool> RepliesAsync(LocalTeamsConnector connector, int before, CancellationToken ct) =>
        connector.WaitForRepliesAsync(before, TimeSpan.FromMilliseconds(300), ExpectTimeout).WaitAsync(ct);

    /// <summary>Lets count refreshes that are still on their way arrive before the summary of the run.</summary>
    private static async Task QuietAsync(LocalTeamsConnector connector, CancellationToken ct)
    {
        for (var i = 0; i < 30 && await connector.WaitForCallAsync(TimeSpan.FromMilliseconds(250)).WaitAsync(ct); i++)
        {
        }
    }

    private async Task<IReadOnlyList<DownloadedFile>> DownloadExportsAsync(
        LocalTeamsConnector connector, HttpClient http, Uri bot, CancellationToken ct)
    {
        printer.Line();
        var links = ExportDownloader.FindLinks(connector.Calls);
        if (links.Count == 0)
        {
            output.WriteLine("De bot heeft geen downloadlinks geplaatst, dus er zijn geen exportbestanden opgehaald.");
            return [];
        }

        var folder = options.ResolveOutputFolder(time);
        IReadOnlyList<DownloadedFile> files;
        try
        {
            files = await ExportDownloader.DownloadAsync(http, bot, links, folder, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new DemoFailedException($"Een downloadlink van de bot werkte niet: {ex.Message}", ex);
        }

        output.WriteLine($"{files.Count} exportbestanden opgehaald via de links van de bot, in {folder}:");
        foreach (var file in files)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {file.Name} ({file.Bytes:N0} bytes)"));
        }

        return files;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; the demo's outcome does not depend on it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
