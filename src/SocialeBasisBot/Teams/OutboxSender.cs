using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Summaries;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Sends what the outbox holds, which is everything the bot says: texts, item cards, export cards, closed cards, count
/// refreshes and summaries, proactively, with the conversation reference of the turn or the session. Any number of instances run this over one database; the store's claim makes each
/// message one instance's at a time, and a conversation's messages go out in order, one at a time, under Teams' rate
/// per conversation (a burst, then a sustained rate: <see cref="OutboxOptions.Rates"/>).
/// <para>
/// When a message may be sent again (the one rule that keeps a new message from showing twice):
/// - Teams answered 429, 412 or 5xx: it did not take the message. Retried at Retry-After, or with a doubling
///   back-off, for <see cref="OutboxOptions.GiveUpAfter"/>.
/// - Teams answered another 4xx: it never will. Failed.
/// - No answer at all (timeout, connection lost, shut down mid-call): an update (PUT of a card) is retried, since
///   sending it twice shows the same card. A new message (POST) is NOT retried: Teams may have posted it and only the
///   answer was lost, so a retry could show it twice. It is kept as Uncertain; `sluit` or `samenvatting` post it
///   again when someone sees it missing. A connection that was refused never carried the request: retried.
/// - An instance that died mid-POST leaves <see cref="OutboxMessage.PostingSince"/> set; whoever takes the message
///   over after its claim ran out marks it Uncertain for the same reason.
/// - The database went away mid-send (Teams answered, the outcome could not be written, or the next POST could not be
///   marked as started): this instance knows every POST's answer, keeps the unwritten outcome and the message
///   (<see cref="OutboxSend"/>), and when the database is back renews its claim, writes the outcome and goes on from the
///   parts Teams has. A posted part is never POSTed again, and the message goes out within a poll of the database's
///   return instead of after the claim's lease.
/// </para>
/// </summary>
public sealed partial class OutboxSender(
    Outgoing outbox,
    OutboxSignal signal,
    AnswerCountRefresher countCards,
    SessionReports reports,
    Answers.AnswerPreparation preparation,
    ItemCards itemCards,
    SummaryCards summaryCards,
    OutboxActivities activities,
    SummaryCardUpdates summaryUpdates,
    OutboxAdapter adapter,
    IOptions<BotIdentityOptions> identity,
    IOptions<OutboxOptions> options,
    IOptions<TeamsOptions> teamsOptions,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    /// <summary>
    /// How soon to look again when a due message is held back by its chat's rate: the one-second window frees a place
    /// within a second, so a tenth of that keeps the wait short without querying the database in a tight loop.
    /// </summary>
    private static readonly TimeSpan RateRecheck = TimeSpan.FromMilliseconds(100);

    /// <summary>Who holds a claim: unique per process, so a restarted instance does not mistake an old claim for its own.</summary>
    private readonly string instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Sends this instance could not finish because the database went away; taken up again before new ones.</summary>
    private readonly ConcurrentQueue<OutboxSend> stranded = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Senders).Select(_ => Task.Run(() => RunAsync(stoppingToken), stoppingToken))
            .Append(PruneAsync(stoppingToken)));

    /// <summary>Sent messages are kept a day (the pace and the count-refresh interval look at recent ones), then removed.</summary>
    private async Task PruneAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        while (await timer.WaitForNextTickAsync(stop))
        {
            try
            {
                await outbox.PruneAsync(TimeSpan.FromDays(1), stop);
            }
            catch (Exception ex) when (StorageOutage.Is(ex))
            {
                LogPruneFailed(ex);
            }
        }
    }

    private async Task RunAsync(CancellationToken stop)
    {
        var settings = options.Value;
        while (!stop.IsCancellationRequested)
        {
            TimeSpan? idle;
            try
            {
                idle = await SendNextAsync(settings, stop);
            }
            catch (Exception ex) when (StorageOutage.Is(ex) && !stop.IsCancellationRequested)
            {
                // The database is away or failed a statement (while claiming, or while recording a send): what is queued
                // stays queued, and a message claimed here comes back when its claim runs out. Look again after a poll,
                // never stop the host; an error that is no outage is logged as one, since it will not pass by itself.
                if (StorageOutage.IsUnreachable(ex))
                {
                    LogClaimFailed(ex);
                }
                else
                {
                    LogClaimError(ex);
                }

                idle = settings.PollInterval;
            }

            if (idle is { } wait)
            {
                await signal.WaitAsync(wait, stop);
            }
        }
    }

    /// <summary>Sends the next due message; null when it sent one, otherwise how long to wait before looking again.</summary>
    private async Task<TimeSpan?> SendNextAsync(OutboxOptions settings, CancellationToken stop)
    {
        if (TakeStranded() is { } left)
        {
            await ResumeAsync(left, settings, stop);
            return null;
        }

        if (await outbox.ClaimNextAsync(instance, settings.ClaimLease, settings.Rates, stop) is not { } message)
        {
            return await outbox.NextLookAsync(RateRecheck, settings.PollInterval, stop);
        }

        await SendAsync(new OutboxSend(message), stop);
        return null;
    }

    /// <summary>A stranded send that may be tried again now, or null.</summary>
    private OutboxSend? TakeStranded()
    {
        if (!stranded.TryDequeue(out var send))
        {
            return null;
        }

        if (send.NotBefore > time.GetUtcNow())
        {
            stranded.Enqueue(send);
            return null;
        }

        return send;
    }

    /// <summary>
    /// Keeps a send the database failed, to be taken up again by this instance (<see cref="ResumeAsync"/>) after a poll;
    /// its claim in the database keeps other instances off it meanwhile.
    /// </summary>
    private void Strand(OutboxSend send)
    {
        send.NotBefore = time.GetUtcNow() + options.Value.PollInterval;
        stranded.Enqueue(send);
    }

    /// <summary>
    /// The database is (perhaps) back: renews the claim, writes what Teams did meanwhile, and goes on with the send. A
    /// claim that is no longer this instance's is left alone: another instance took it over past the lease, or the
    /// first unwritten outcome had in fact reached the database (only its answer was lost), which ended the claim; a database error that is no
    /// outage gives the send up to the lease, so one bad write cannot hold this instance's sends for ever.
    /// </summary>
    private async Task ResumeAsync(OutboxSend send, OutboxOptions settings, CancellationToken stop)
    {
        var message = send.Message;
        try
        {
            if (!await outbox.ResumeClaimAsync(message, settings.ClaimLease, CancellationToken.None))
            {
                LogClaimLost(message.Id, message.Kind, message.ConversationId);
                return;
            }

            await send.FlushAsync();
        }
        catch (Exception ex) when (StorageOutage.Is(ex))
        {
            if (!StorageOutage.IsUnreachable(ex))
            {
                LogResumeGivenUp(ex, message.Id, message.Kind, message.ConversationId);
                return;
            }

            Strand(send);
            throw;
        }

        LogResumed(message.Id, message.Kind, message.ConversationId, message.PartsSent);
        if (!send.Ended)
        {
            await SendAsync(send, stop);
        }
    }

    /// <summary>
    /// Sends (or goes on sending) a claimed message. A database failure on the way strands the send (see
    /// <see cref="OutboxSend"/>) and goes to the loop, which waits a poll.
    /// </summary>
    private async Task SendAsync(OutboxSend send, CancellationToken stop)
    {
        try
        {
            await SendOnceAsync(send, stop);
            send.Ended = true;
            await send.FlushAsync();
        }
        catch (Exception ex) when (StorageOutage.Is(ex) && !stop.IsCancellationRequested)
        {
            Strand(send);
            throw;
        }
    }

    private async Task SendOnceAsync(OutboxSend send, CancellationToken stop)
    {
        var message = send.Message;
        using var span = Telemetry.BotTelemetry.OutboxSend(message.Kind.ToString());
        if (message.PostingSince is not null)
        {
            await RecordAsync(send, ct => outbox.EndAsync(message, OutboxState.Uncertain, "An instance stopped while posting this; Teams may have shown it.", ct));
            LogUncertain(message.Id, message.Kind, message.ConversationId);
            return;
        }

        var call = new Call();
        try
        {
            var activityId = message.Kind switch
            {
                OutboxKind.ClosedCard => await UpdateCardAsync(send, stop),
                OutboxKind.QuestionSummary or OutboxKind.SessionSummary => await PostSummaryAsync(send, call, stop),
                OutboxKind.SummaryUpdate => await summaryUpdates.SendAsync(message, ContinueAsync, stop),
                OutboxKind.Text or OutboxKind.ItemCard or OutboxKind.ExportCard or OutboxKind.Mention or OutboxKind.ConfirmCard
                    or OutboxKind.MeetingReadyCard or OutboxKind.MeetingNotice => await PostPartsAsync(send, call, stop),
                _ => throw new InvalidOperationException($"No Teams rendering for outbox kind {message.Kind}."),
            };
            await RecordAsync(send, ct => outbox.SentAsync(message, activityId, ct));
            LogSent(message.Id, message.Kind, message.ConversationId);
        }
        catch (ErrorResponseException ex) when (ex.Response is { } response && TeamsConnectorClients.IsTransient(response.StatusCode))
        {
            await RetryOrGiveUpAsync(send, RetryAfter(response), $"{(int)response.StatusCode} {ex.Message}");
        }
        catch (ErrorResponseException ex)
        {
            // 403 (bot removed from the chat), 404 (card deleted), 400: Teams will not take this message, ever.
            await RecordAsync(send, ct => outbox.EndAsync(message, OutboxState.Failed, $"{(int?)ex.Response?.StatusCode} {ex.Message}", ct));
            LogFailed(ex, message.Id, message.Kind, message.ConversationId);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException)
        {
            if (call.Posting && !(ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError }))
            {
                await RecordAsync(send, ct => outbox.EndAsync(message, OutboxState.Uncertain, $"No answer to a new message: {ex.Message}", ct));
                LogUncertain(message.Id, message.Kind, message.ConversationId);
            }
            else
            {
                await RetryOrGiveUpAsync(send, null, ex.Message);
            }

            if (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Records what Teams did (outcomes are written even while shutting down); a database that is away keeps it in
    /// <paramref name="send"/>, to be written when it is back.
    /// </summary>
    private async Task RecordAsync(OutboxSend send, Func<CancellationToken, Task> write)
    {
        if (await send.RecordAsync(write) is { } error)
        {
            LogNotRecorded(error, send.Message.Id, send.Message.Kind, send.Message.ConversationId);
        }
    }

    private async Task RetryOrGiveUpAsync(OutboxSend send, TimeSpan? retryAfter, string error)
    {
        var message = send.Message;
        var settings = options.Value;
        var now = time.GetUtcNow();
        if (now - message.CreatedAt > settings.GiveUpAfter)
        {
            await RecordAsync(send, ct => outbox.EndAsync(message, OutboxState.Failed, $"Gave up after {message.Attempts + 1} attempts: {error}", ct));
            LogGaveUp(message.Id, message.Kind, message.ConversationId, message.Attempts + 1);
            return;
        }

        var backoff = TimeSpan.FromTicks(Math.Min(
            settings.FirstBackoff.Ticks * (1L << Math.Min(message.Attempts, 20)),
            settings.MaxBackoff.Ticks));
        var wait = retryAfter ?? backoff;
        await RecordAsync(send, ct => outbox.RetryAtAsync(message, now + wait, error, ct));
        LogRetry(message.Id, message.Kind, message.ConversationId, wait);
    }

    /// <summary>A card update (PUT): the same card again is harmless, so this may always be retried.</summary>
    private async Task<string?> UpdateCardAsync(OutboxSend send, CancellationToken ct)
    {
        var message = send.Message;
        if (await countCards.CardAsync(message.SessionId, message.ItemId!, ct) is not { } refresh)
        {
            return null;
        }

        var card = itemCards.Render(refresh.Programme, refresh.Item, refresh.Session.Id, refresh.Position, refresh.Total,
            refresh.AnswerCount, refresh.Open, refresh.Say);
        var update = OutboxActivities.CardActivity(card, refresh.Item.Title);
        update.Id = refresh.ActivityId;
        await ContinueAsync(refresh.ConversationReference, (turn, token) => turn.UpdateActivityAsync(update, token), ct);
        await RecordAsync(send, token => countCards.ShownAsync(refresh, token));
        return null;
    }

    /// <summary>
    /// Makes the summary here, off every turn and lock (it may take longer than Teams waits for a turn), and posts it.
    /// Taking longer than <see cref="TeamsOptions.SummaryPatience"/> first shows "Bezig met samenvatten…", which the
    /// first card then replaces.
    /// </summary>
    private async Task<string?> PostSummaryAsync(OutboxSend send, Call call, CancellationToken ct)
    {
        var message = send.Message;
        if (await outbox.SummaryOfAsync(message, ct) is not var (session, programme))
        {
            return null;
        }

        var reference = session.ConversationReference!;
        var say = Phrases.For(message.Language);
        var work = Task.Run(() => SummaryCardsAsync(message, session, programme, say, ct), ct);
        try
        {
            var placeholder = message.ActivityId;
            if (placeholder is null && message.PartsSent == 0
                && await Task.WhenAny(work, Task.Delay(teamsOptions.Value.SummaryPatience, time, ct)) != work)
            {
                placeholder = await PostAsync(send, call, reference, MessageFactory.Text(say.Summarising), 0, placeholder: true, ct);
            }

            var cards = await work;
            string? first = null;
            for (var i = message.PartsSent; i < cards.Count; i++)
            {
                var activity = OutboxActivities.CardActivity(cards[i], cards[i]["fallbackText"]?.GetValue<string>() ?? say.Summarising);
                string? id;
                if (i == 0 && placeholder is not null)
                {
                    activity.Id = placeholder;
                    await ContinueAsync(reference, (turn, token) => turn.UpdateActivityAsync(activity, token), ct);
                    id = placeholder;
                }
                else
                {
                    id = await PostAsync(send, call, reference, activity, i + 1, placeholder: false, ct);
                }

                first ??= id;
                // Recorded part by part, as Teams takes each: a retry after a partial failure goes on after the parts
                // sent before, so an id kept only in this loop would be lost, and a correction would update an older card.
                var part = i;
                await RecordAsync(send, token => summaryUpdates.PartPostedAsync(message, part, id, token));
            }

            return first;
        }
        finally
        {
            // Never return while the theme engine is still working on this summary (a send that failed or a shutdown):
            // the host disposes the engine, native ONNX memory included, once the worker has returned, and an encoder
            // disposed under a running Encode crashes the process. The engine honours the cancellation, so this is short.
            await work.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Posts the new messages a turn queued (a text; an item card; an export card and its file consent cards), going on
    /// after the parts Teams already has when this is a retry.
    /// </summary>
    private async Task<string?> PostPartsAsync(OutboxSend send, Call call, CancellationToken ct)
    {
        var message = send.Message;
        var about = message.Kind is OutboxKind.ItemCard or OutboxKind.ExportCard or OutboxKind.MeetingNotice ? await outbox.SummaryOfAsync(message, ct) : null;
        if ((message.ConversationReference ?? about?.Session.ConversationReference) is not { } reference)
        {
            return null;
        }

        var parts = await activities.PartsAsync(message, about?.Session, about?.Programme, ct);
        string? first = null;
        for (var i = message.PartsSent; i < parts.Count; i++)
        {
            var id = await PostAsync(send, call, reference, parts[i], i + 1, placeholder: false, ct);
            first ??= id;
        }

        await RecordAsync(send, token => activities.PostedAsync(message, first, token));
        return first;
    }

    private async Task<IReadOnlyList<JsonObject>> SummaryCardsAsync(
        OutboxMessage message, Session session, WebinarProgramme programme, Phrases say, CancellationToken ct)
    {
        // The engine embeds what is still missing itself; preparing the same texts beside it would halve its cores.
        using var hold = preparation.HoldOff();
        if (message.Kind == OutboxKind.SessionSummary)
        {
            return summaryCards.Session(await reports.SummarizeSessionAsync(session, ct), say);
        }

        var item = programme.FindItem(message.ItemId!)
            ?? throw new InvalidOperationException($"Item '{message.ItemId}' is not in programme '{programme.Id}'.");
        JsonObject card = await reports.SummarizeAsync(new SummaryRequest(session, item), ct) switch
        {
            PollSummary poll => summaryCards.Poll(poll, say),
            QuestionSummary question => summaryCards.Question(question, say, session.Id),
            var other => throw new InvalidOperationException($"No Teams card for {other.GetType().Name}."),
        };
        return [card];
    }

    /// <summary>
    /// One POST of a new message. Marked in the database first, so a crash mid-call is known afterwards: with outcomes
    /// still unwritten the database must take those first, and when it cannot, nothing is POSTed (the send is
    /// stranded before the call, with nothing in doubt). The answer is kept in memory at once and recorded, so a retry
    /// or a resumed send goes on after this part instead of posting it again.
    /// </summary>
    private async Task<string?> PostAsync(
        OutboxSend send, Call call, string reference, IActivity activity, int partsSent, bool placeholder, CancellationToken ct)
    {
        var message = send.Message;
        await send.FlushAsync();
        await outbox.StartPostingAsync(message, CancellationToken.None);
        call.Posting = true;
        ResourceResponse? response = null;
        await ContinueAsync(reference, async (turn, token) => response = await turn.SendActivityAsync(activity, token), ct);
        call.Posting = false;
        var id = response?.Id is { Length: > 0 } posted ? posted : null;
        if (placeholder)
        {
            message.ActivityId = id;
        }
        else
        {
            message.PartsSent = partsSent;
        }

        await RecordAsync(send, token => outbox.PostedAsync(message, placeholder ? id : null, placeholder ? 0 : partsSent, token));
        return id;
    }

    private Task ContinueAsync(string reference, BotCallbackHandler send, CancellationToken ct) =>
        adapter.ContinueConversationAsync(
            identity.Value.MicrosoftAppId,
            JsonConvert.DeserializeObject<ConversationReference>(reference)!,
            send,
            ct);

    private static TimeSpan? RetryAfter(Microsoft.Rest.HttpResponseMessageWrapper response)
    {
        if (response.Headers is null || !response.Headers.TryGetValue("Retry-After", out var values))
        {
            return null;
        }

        var value = values.FirstOrDefault();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
    }

    /// <summary>Whether the send in progress is a POST of a new message, for deciding what a lost answer means.</summary>
    private sealed class Call
    {
        public bool Posting { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox {Id} ({Kind}) sent to {ConversationId}")]
    private partial void LogSent(long id, OutboxKind kind, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Id} ({Kind}) to {ConversationId}: Teams asked to wait, trying again in {Wait}")]
    private partial void LogRetry(long id, OutboxKind kind, string conversationId, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Id} ({Kind}) to {ConversationId}: refused by Teams, not sent")]
    private partial void LogFailed(Exception exception, long id, OutboxKind kind, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Id} ({Kind}) to {ConversationId}: given up after {Attempts} attempts")]
    private partial void LogGaveUp(long id, OutboxKind kind, string conversationId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Id} ({Kind}) to {ConversationId}: a POST got no answer; not sent again (`sluit` or `samenvatting` re-posts it)")]
    private partial void LogUncertain(long id, OutboxKind kind, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Id} ({Kind}) to {ConversationId}: what Teams did could not be written to the database; kept in memory and written when it is back")]
    private partial void LogNotRecorded(Exception exception, long id, OutboxKind kind, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Id} ({Kind}) to {ConversationId}: the database is back; its outcome so far is written ({PartsSent} parts with Teams) and the send goes on")]
    private partial void LogResumed(long id, OutboxKind kind, string conversationId, int partsSent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Id} ({Kind}) to {ConversationId}: no longer this instance's when the database came back (its outcome had reached the database, or another instance took it over); left as it is")]
    private partial void LogClaimLost(long id, OutboxKind kind, string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Id} ({Kind}) to {ConversationId}: a database error that is no outage while taking it up again; left to its claim's lease")]
    private partial void LogResumeGivenUp(Exception exception, long id, OutboxKind kind, string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox: a database error that is no outage (it repeats until fixed); the sender goes on and looks again after a poll")]
    private partial void LogClaimError(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unreachable; outbox messages stay queued and are looked for again after a poll")]
    private partial void LogClaimFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete sent outbox messages older than a day; trying again in an hour")]
    private partial void LogPruneFailed(Exception exception);
}
