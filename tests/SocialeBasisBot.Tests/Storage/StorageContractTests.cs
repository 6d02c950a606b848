using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Tests.Storage;

/// <summary>
/// What the bot relies on from storage, run against every provider (SQLite and PostgreSQL). Tests share the fixture's
/// database, so each one uses its own conversation and session ids.
/// </summary>
public abstract class StorageContractTests<TBackend>(TBackend backend) : IClassFixture<TBackend>
    where TBackend : StorageBackend
{
    private static readonly CancellationToken None = CancellationToken.None;

    // 0.1 ms precision: the finest both providers keep (SQLite's binary converter truncates below it).
    private static readonly DateTimeOffset T0 = new(2026, 3, 12, 19, 30, 15, 123, TimeSpan.Zero);

    protected TBackend Backend => backend;

    [SkippableFact]
    public async Task The_tests_run_on_the_provider_they_are_named_after()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        await using var db = await backend.Contexts.CreateDbContextAsync();
        Assert.Contains(backend.ProviderNameFragment, db.Database.ProviderName, StringComparison.Ordinal);
        Assert.True(await backend.Store.CanConnectAsync(None));
    }

    [SkippableFact]
    public async Task A_session_is_added_found_and_updated()
    {
        var store = Store();
        var session = NewSession(Conversation(), T0);
        await store.AddSessionAsync(session, None);

        var found = await store.FindSessionAsync(session.Id, None);
        Assert.NotNull(found);
        Assert.Equal(session.ConversationId, found.ConversationId);
        Assert.Equal("sociale-basis", found.ProgrammeId);
        Assert.Equal(SessionState.Running, found.State);
        Assert.Equal(-1, found.CurrentItemIndex);
        Assert.Null(found.OpenItemId);
        Assert.Equal(T0, found.StartedAt);
        Assert.Null(found.EndedAt);
        Assert.Equal(session.Id, (await store.FindRunningSessionAsync(session.ConversationId, None))?.Id);
        Assert.Contains(await store.ListRunningSessionsAsync(None), s => s.Id == session.Id);

        found.CurrentItemIndex = 7;
        found.OpenItemId = "q1";
        found.ConversationReference = "{\"conversation\":{\"id\":\"x\"}}";
        await store.UpdateSessionAsync(found, None);
        var updated = await store.FindSessionAsync(session.Id, None);
        Assert.Equal(7, updated!.CurrentItemIndex);
        Assert.Equal("q1", updated.OpenItemId);
        Assert.Equal(found.ConversationReference, updated.ConversationReference);

        updated.State = SessionState.Stopped;
        updated.OpenItemId = null;
        updated.EndedAt = T0.AddMinutes(45);
        await store.UpdateSessionAsync(updated, None);
        Assert.Null(await store.FindRunningSessionAsync(session.ConversationId, None));
        Assert.DoesNotContain(await store.ListRunningSessionsAsync(None), s => s.Id == session.Id);
        var stopped = await store.FindLatestSessionAsync(session.ConversationId, None);
        Assert.Equal(SessionState.Stopped, stopped!.State);
        Assert.Equal(T0.AddMinutes(45), stopped.EndedAt);
        Assert.Null(await store.FindSessionAsync("no-such-session", None));
    }

    [SkippableFact]
    public async Task The_latest_and_the_running_session_are_chosen_by_start_time()
    {
        var store = Store();
        var conversation = Conversation();
        // Added out of order, so insertion order cannot pass for time order.
        var middle = NewSession(conversation, T0.AddHours(1), SessionState.Stopped);
        var latest = NewSession(conversation, T0.AddHours(2), SessionState.Stopped);
        var earliest = NewSession(conversation, T0, SessionState.Stopped);
        var runningLater = NewSession(conversation, T0.AddMinutes(90));
        foreach (var session in new[] { middle, latest, earliest, runningLater })
        {
            Assert.True(await store.AddSessionAsync(session, None));
        }

        Assert.Equal(latest.Id, (await store.FindLatestSessionAsync(conversation, None))?.Id);
        Assert.Equal(runningLater.Id, (await store.FindRunningSessionAsync(conversation, None))?.Id);
        // A second running session in the chat (another instance's `start` at the same moment) is refused.
        Assert.False(await store.AddSessionAsync(NewSession(conversation, T0.AddHours(3)), None));
        Assert.Equal(runningLater.Id, (await store.FindRunningSessionAsync(conversation, None))?.Id);
        Assert.Null(await store.FindLatestSessionAsync(Conversation(), None));
    }

    [SkippableFact]
    public async Task Timestamps_come_back_as_the_same_instant()
    {
        var store = Store();
        var utc = NewSession(Conversation(), T0);
        utc.EndedAt = T0.AddSeconds(1);
        // The bot writes UTC (TimeProvider.GetUtcNow), but a caller may hand over a local time: nothing may be lost.
        var amsterdam = NewSession(Conversation(), new DateTimeOffset(2026, 7, 1, 21, 30, 15, 123, TimeSpan.FromHours(2)));
        amsterdam.EndedAt = new DateTimeOffset(2026, 7, 1, 22, 0, 0, TimeSpan.FromHours(2));
        await store.AddSessionAsync(utc, None);
        await store.AddSessionAsync(amsterdam, None);

        var utcBack = await store.FindSessionAsync(utc.Id, None);
        Assert.Equal(utc.StartedAt, utcBack!.StartedAt);
        Assert.Equal(TimeSpan.Zero, utcBack.StartedAt.Offset);
        Assert.Equal(utc.EndedAt, utcBack.EndedAt);

        var amsterdamBack = await store.FindSessionAsync(amsterdam.Id, None);
        // DateTimeOffset equality compares instants; the offset itself may come back as UTC (PostgreSQL timestamptz).
        Assert.Equal(amsterdam.StartedAt, amsterdamBack!.StartedAt);
        Assert.Equal(amsterdam.StartedAt.UtcDateTime, amsterdamBack.StartedAt.UtcDateTime);
        Assert.Equal(amsterdam.EndedAt, amsterdamBack.EndedAt);
    }

    [SkippableFact]
    public async Task Full_precision_clock_times_lose_less_than_a_tenth_of_a_millisecond()
    {
        var store = Store();
        var now = T0.AddTicks(4_567); // 456.7 µs: finer than either provider keeps
        var session = NewSession(Conversation(), now);
        await store.AddSessionAsync(session, None);

        var back = (await store.FindSessionAsync(session.Id, None))!.StartedAt;
        Assert.InRange(now - back, TimeSpan.Zero, TimeSpan.FromTicks(999));
    }

    [SkippableFact]
    public async Task An_answer_is_stored_once_per_session_and_message()
    {
        var store = Store();
        var session = await AddSessionAsync(store);
        var other = await AddSessionAsync(store);

        Assert.True(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q1", "m-1", "Meer vrijwilligers nodig"), None));
        // The same message delivered again (Teams redelivers when a bot is slow).
        Assert.False(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q1", "m-1", "Meer vrijwilligers nodig"), None));
        // Even to another question of the same session it is the same message.
        Assert.False(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q2", "m-1", "Meer vrijwilligers nodig"), None));
        // The same message id in another session is another answer.
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(other.Id, "q1", "m-1", "Ander gesprek"), None));
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q1", "m-2", "Tweede antwoord van dezelfde persoon"), None));

        Assert.Equal(2, (await store.ListAnswersAsync(session.Id, null, None)).Count);
        Assert.Single(await store.ListAnswersAsync(other.Id, null, None));
        Assert.Equal(2, await store.CountAnswersAsync(session.Id, "q1", None));
    }

    [SkippableFact]
    public async Task Concurrent_deliveries_of_the_same_message_store_one_answer()
    {
        var store = Store();
        var session = await AddSessionAsync(store);
        const int Messages = 25;
        const int Deliveries = 4;

        for (var m = 0; m < Messages; m++)
        {
            var messageId = $"race-{m}";
            using var start = new ManualResetEventSlim();
            var attempts = Enumerable.Range(0, Deliveries).Select(_ => Task.Run(async () =>
            {
                start.Wait();
                return await store.TryAddAnswerAsync(NewAnswer(session.Id, "q1", messageId, $"Antwoord {m}"), None);
            })).ToList();
            start.Set();
            var results = await Task.WhenAll(attempts);
            Assert.Equal(1, results.Count(stored => stored));
        }

        var answers = await store.ListAnswersAsync(session.Id, "q1", None);
        Assert.Equal(Messages, answers.Count);
        Assert.Equal(Messages, answers.Select(a => a.SourceMessageId).Distinct().Count());
    }

    [SkippableFact]
    public async Task An_edit_replaces_and_a_delete_retracts_the_answer_found_by_its_message()
    {
        var store = Store();
        var conversation = Conversation();
        var older = NewSession(conversation, T0, SessionState.Stopped);
        var newer = NewSession(conversation, T0.AddDays(7));
        await store.AddSessionAsync(older, None);
        await store.AddSessionAsync(newer, None);
        // Teams message ids are unique in a chat, but a stale row in an older session must not win.
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(older.Id, "q1", "m-7", "Vorige week"), None));
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(newer.Id, "q1", "m-7", "Eerste versie"), None));
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(newer.Id, "q1", "m-8", "Blijft staan"), None));

        var found = await store.FindAnswerByMessageAsync(conversation, "m-7", None);
        Assert.NotNull(found);
        var (answer, session) = found.Value;
        Assert.Equal(newer.Id, session.Id);
        Assert.Equal("Eerste versie", answer.Text);

        answer.Text = "Aangepaste versie";
        answer.EditedAt = T0.AddDays(7).AddMinutes(3);
        await store.UpdateAnswerAsync(answer, None);
        var edited = (await store.FindAnswerByMessageAsync(conversation, "m-7", None))!.Value.Answer;
        Assert.Equal("Aangepaste versie", edited.Text);
        Assert.Equal(T0.AddDays(7).AddMinutes(3), edited.EditedAt);
        Assert.Equal(2, await store.CountAnswersAsync(newer.Id, "q1", None));

        edited.RetractedAt = T0.AddDays(7).AddMinutes(5);
        await store.UpdateAnswerAsync(edited, None);
        var retracted = (await store.ListAnswersAsync(newer.Id, "q1", None)).Single(a => a.SourceMessageId == "m-7");
        Assert.True(retracted.IsRetracted);
        Assert.Equal(T0.AddDays(7).AddMinutes(5), retracted.RetractedAt);
        Assert.Equal(1, await store.CountAnswersAsync(newer.Id, "q1", None));
        // The retracted row stays, so a late redelivery of the deleted message still counts as a duplicate.
        Assert.False(await store.TryAddAnswerAsync(NewAnswer(newer.Id, "q1", "m-7", "Eerste versie"), None));

        Assert.Null(await store.FindAnswerByMessageAsync(conversation, "m-unknown", None));
        Assert.Null(await store.FindAnswerByMessageAsync(Conversation(), "m-7", None));
    }

    [SkippableFact]
    public async Task The_answer_version_read_without_the_answers_equals_the_one_of_the_answers_and_moves_with_every_change()
    {
        var store = Store();
        var session = await AddSessionAsync(store);
        var seen = new List<string>();
        async Task SameAsTheAnswers(int counted)
        {
            var (version, count) = await store.AnswerVersionAsync(session.Id, "q1", None);
            Assert.Equal(AnswerSetVersion.Of(await store.ListAnswersAsync(session.Id, "q1", None)), version);
            Assert.Equal(counted, count);
            Assert.DoesNotContain(version, seen);
            seen.Add(version);
            var (all, _) = await store.AnswerVersionAsync(session.Id, null, None);
            Assert.Equal(AnswerSetVersion.Of(await store.ListAnswersAsync(session.Id, null, None)), all);
        }

        await SameAsTheAnswers(0);
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q1", "v-1", "Eerste"), None));
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q2", "v-2", "Andere vraag"), None));
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q1", "v-3", "Tweede"), None));
        await SameAsTheAnswers(2);
        var answer = (await store.ListAnswersAsync(session.Id, "q1", None))[0];
        answer.Text = "Eerste, aangepast";
        answer.EditedAt = T0.AddMinutes(4);
        await store.UpdateAnswerAsync(answer, None);
        await SameAsTheAnswers(2);
        answer.RetractedAt = T0.AddMinutes(5);
        await store.UpdateAnswerAsync(answer, None);
        await SameAsTheAnswers(1);
    }

    [SkippableFact]
    public async Task The_newest_answers_of_a_question_come_a_page_at_a_time_newest_first()
    {
        var store = Store();
        var session = await AddSessionAsync(store);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q1", $"page-{i}", $"Antwoord {i}"), None));
            Assert.True(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q2", $"other-{i}", $"Ander {i}"), None));
        }

        var first = await store.ListNewestAnswersAsync(session.Id, "q1", null, 2, None);
        Assert.Equal(["page-4", "page-3"], first.Select(a => a.SourceMessageId));
        var second = await store.ListNewestAnswersAsync(session.Id, "q1", first[^1].Id, 2, None);
        Assert.Equal(["page-2", "page-1"], second.Select(a => a.SourceMessageId));
        var last = await store.ListNewestAnswersAsync(session.Id, "q1", second[^1].Id, 2, None);
        Assert.Equal(["page-0"], last.Select(a => a.SourceMessageId));
        Assert.Empty(await store.ListNewestAnswersAsync(session.Id, "q1", last[^1].Id, 2, None));
    }

    [SkippableFact]
    public async Task Answers_are_listed_in_arrival_order_per_question()
    {
        var store = Store();
        var session = await AddSessionAsync(store);
        // Arrival order differs from the timestamps (clocks of two turns can cross), and questions interleave.
        var arrivals = new[] { ("q1", 5), ("q2", 1), ("q1", 3), ("q1", 9), ("q2", 0), ("q1", 1) };
        for (var i = 0; i < arrivals.Length; i++)
        {
            var (item, minute) = arrivals[i];
            var answer = NewAnswer(session.Id, item, $"order-{i}", $"Antwoord {i}");
            answer.ReceivedAt = T0.AddMinutes(minute);
            answer.Source = (AnswerSource)(i % 4);
            answer.Choices = item == "q2" ? "a,c" : null;
            Assert.True(await store.TryAddAnswerAsync(answer, None));
        }

        var all = await store.ListAnswersAsync(session.Id, null, None);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"order-{i}"), all.Select(a => a.SourceMessageId));
        Assert.True(all.Zip(all.Skip(1)).All(pair => pair.First.Id < pair.Second.Id));
        var q1 = await store.ListAnswersAsync(session.Id, "q1", None);
        Assert.Equal(["order-0", "order-2", "order-3", "order-5"], q1.Select(a => a.SourceMessageId));
        Assert.Equal([T0.AddMinutes(5), T0.AddMinutes(3), T0.AddMinutes(9), T0.AddMinutes(1)], q1.Select(a => a.ReceivedAt));
        var q2 = await store.ListAnswersAsync(session.Id, "q2", None);
        Assert.All(q2, a => Assert.Equal("a,c", a.Choices));
        Assert.Equal([AnswerSource.Mention, AnswerSource.Chat], q2.Select(a => a.Source));
        Assert.Equal("Deelnemer", q2[0].ParticipantName);
        Assert.Empty(await store.ListAnswersAsync(session.Id, "q9", None));
    }

    [SkippableFact]
    public async Task A_posted_card_is_saved_replaced_found_and_its_count_updated()
    {
        var store = Store();
        var session = await AddSessionAsync(store);
        await store.SavePostedCardAsync(new PostedCard { SessionId = session.Id, ItemId = "q1", ActivityId = "1:10", PostedAt = T0 }, None);
        await store.SavePostedCardAsync(new PostedCard { SessionId = session.Id, ItemId = "q2", ActivityId = "1:11", PostedAt = T0.AddMinutes(1) }, None);

        var q1 = await store.FindPostedCardAsync(session.Id, "q1", None);
        Assert.Equal("1:10", q1!.ActivityId);
        Assert.Equal(T0, q1.PostedAt);
        Assert.Equal(0, q1.ShownCount);
        Assert.Equal("q2", (await store.FindPostedCardByActivityAsync(session.Id, "1:11", None))?.ItemId);
        Assert.Null(await store.FindPostedCardByActivityAsync("other-session", "1:11", None));

        await store.SetShownCountAsync(session.Id, "q1", 12, None);
        Assert.Equal(12, (await store.FindPostedCardAsync(session.Id, "q1", None))!.ShownCount);
        Assert.Equal(0, (await store.FindPostedCardAsync(session.Id, "q2", None))!.ShownCount);

        // Posting the item again (e.g. after a failed send) replaces the row instead of adding a second one.
        await store.SavePostedCardAsync(new PostedCard { SessionId = session.Id, ItemId = "q1", ActivityId = "1:20", PostedAt = T0.AddMinutes(2), ShownCount = 3 }, None);
        var replaced = await store.FindPostedCardAsync(session.Id, "q1", None);
        Assert.Equal("1:20", replaced!.ActivityId);
        Assert.Equal(T0.AddMinutes(2), replaced.PostedAt);
        Assert.Equal(3, replaced.ShownCount);
        Assert.Null(await store.FindPostedCardByActivityAsync(session.Id, "1:10", None));
        Assert.Null(await store.FindPostedCardAsync(session.Id, "q9", None));
    }

    [SkippableFact]
    public async Task A_message_is_marked_processed_only_once_even_when_delivered_concurrently()
    {
        var store = Store();
        var conversation = Conversation();
        Assert.True(await store.TryMarkProcessedAsync(conversation, "cmd-1", None));
        Assert.False(await store.TryMarkProcessedAsync(conversation, "cmd-1", None));
        Assert.True(await store.TryMarkProcessedAsync(Conversation(), "cmd-1", None));

        for (var m = 0; m < 20; m++)
        {
            var messageId = $"cmd-race-{m}";
            using var start = new ManualResetEventSlim();
            var attempts = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                start.Wait();
                return await store.TryMarkProcessedAsync(conversation, messageId, None);
            })).ToList();
            start.Set();
            Assert.Equal(1, (await Task.WhenAll(attempts)).Count(first => first));
        }

        await using var db = await backend.Contexts.CreateDbContextAsync();
        Assert.Equal(21, await db.ProcessedMessages.CountAsync(p => p.ConversationId == conversation));
    }

    [SkippableFact]
    public async Task The_schema_is_created_at_start_and_kept_on_the_next_start()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        // A database that does not exist yet (PostgreSQL) or a file that does not exist yet (SQLite).
        var connectionString = backend.NewDatabase();
        var first = await backend.StartStorageAsync(connectionString);
        var store = first.GetRequiredService<SessionStore>();
        Assert.True(await store.CanConnectAsync(None));
        var session = await AddSessionAsync(store);
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q1", "m-1", "Blijft bewaard"), None));
        await store.SavePostedCardAsync(new PostedCard { SessionId = session.Id, ItemId = "q1", ActivityId = "1:1", PostedAt = T0 }, None);
        Assert.True(await store.TryMarkProcessedAsync(session.ConversationId, "m-0", None));
        await first.DisposeAsync();

        var second = await backend.StartStorageAsync(connectionString);
        var again = second.GetRequiredService<SessionStore>();
        Assert.Equal(session.Id, (await again.FindRunningSessionAsync(session.ConversationId, None))?.Id);
        Assert.Equal("Blijft bewaard", (await again.ListAnswersAsync(session.Id, "q1", None)).Single().Text);
        Assert.NotNull(await again.FindPostedCardAsync(session.Id, "q1", None));
        Assert.False(await again.TryMarkProcessedAsync(session.ConversationId, "m-0", None));
    }

    [SkippableFact]
    public async Task A_database_made_before_migrations_is_upgraded_and_keeps_its_data()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        // The tables EnsureCreated made, with rows and no __EFMigrationsHistory (MainSchema/*.sql).
        var connectionString = backend.NewDatabase();
        await backend.CreateDatabaseAsync(connectionString, backend.SchemaBeforeMigrations);

        for (var start = 0; start < 2; start++)
        {
            await using var services = await backend.StartStorageAsync(connectionString);
            var store = services.GetRequiredService<SessionStore>();
            var session = await store.FindRunningSessionAsync("19:old@thread.v2", None);
            Assert.Equal("old-session", session?.Id);
            Assert.Equal(3, session!.CurrentItemIndex);
            Assert.Equal(
                ["Minder vrijwilligers in de wijk", "Het buurthuis is vaker dicht"],
                (await store.ListAnswersAsync("old-session", "q1", None)).Select(a => a.Text).Take(2));
            Assert.Equal(2, (await store.FindPostedCardByActivityAsync("old-session", "activity-q1", None))?.ShownCount);
            Assert.False(await store.TryMarkProcessedAsync("19:old@thread.v2", "m-1", None));
            // New rows still get keys after the old ones (the identity/autoincrement survived).
            Assert.True(await store.TryAddAnswerAsync(NewAnswer("old-session", "q1", $"m-new-{start}", "Na de upgrade"), None));

            await using var db = await services.GetRequiredService<IDbContextFactory<SocialeBasisDbContext>>().CreateDbContextAsync();
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }

    [SkippableFact]
    public async Task Deleting_a_session_leaves_no_row_of_it_in_any_table()
    {
        var store = Store();
        var session = await AddSessionAsync(store);
        Assert.True(await store.TryAddAnswerAsync(NewAnswer(session.Id, "q1", $"m-{session.Id}", "Iets persoonlijks"), None));
        await using (var db = await backend.Contexts.CreateDbContextAsync())
        {
            db.MeetingNotices.Add(new global::SocialeBasisBot.Meetings.MeetingNotice { SessionId = session.Id, ItemId = "q1", ClaimedAt = T0 });
            db.ThemeCorrections.Add(new global::SocialeBasisBot.Corrections.ThemeCorrection { SessionId = session.Id, ItemId = "q1", ById = "f", At = T0, Label = "Nieuw" });
            db.PostedSummaries.Add(new global::SocialeBasisBot.Corrections.PostedSummary { SessionId = session.Id, ItemId = "q1", ActivityId = "a-1", PostedAt = T0 });
            await db.SaveChangesAsync();
        }

        await new global::SocialeBasisBot.Privacy.PrivacyStore(backend.Contexts).DeleteSessionsAsync([session.Id], None);

        // Every table that names a session, found from the model, so a table added later is covered without being listed.
        await using var check = await backend.Contexts.CreateDbContextAsync();
        var tables = check.Model.GetEntityTypes().Where(t => t.FindProperty("SessionId") is not null).Select(t => t.GetTableName()!).ToList();
        Assert.Contains("MeetingNotices", tables);
        foreach (var table in tables)
        {
            // The table name comes from the model, not from input; the session id is a parameter.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\" WHERE \"SessionId\" = {0}";
            var left = await check.Database.SqlQueryRaw<long>(sql, session.Id).SingleAsync();
            Assert.True(left == 0, $"{left} row(s) of the deleted session left in {table}");
        }
    }

    [SkippableFact]
    public async Task A_new_database_records_every_migration()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        await using var db = await backend.Contexts.CreateDbContextAsync();
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        // The committed migrations describe the model exactly; a model change without a migration fails here.
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [SkippableFact]
    public async Task An_outbox_message_is_claimed_by_one_sender_and_a_chats_messages_go_out_in_order_when_due()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(T0);
        using var signal = new OutboxSignal();
        var outbox = new OutboxStore(backend.Contexts, signal, clock);
        var chat = Conversation();
        var sessionId = Guid.NewGuid().ToString("N");
        OutboxMessage Message(OutboxKind kind) => new()
        {
            ConversationId = chat, SessionId = sessionId, Kind = kind, ItemId = "q1",
            State = OutboxState.Pending, CreatedAt = clock.GetUtcNow(), DueAt = clock.GetUtcNow(),
        };
        await outbox.EnqueueAsync(Message(OutboxKind.ClosedCard), None);
        await outbox.EnqueueAsync(Message(OutboxKind.QuestionSummary), None);
        var lease = TimeSpan.FromMinutes(1);

        // Four senders (of any instance) at once: one gets the chat's first message; the second waits behind it.
        // (Other tests may share the database: only this chat's messages count here.)
        async Task<OutboxMessage?> ClaimAsync(string sender) =>
            await outbox.ClaimNextAsync(sender, lease, [], None) is { } claimed && claimed.ConversationId == chat ? claimed : null;
        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => ClaimAsync($"sender-{i}")));
        var first = Assert.Single(claims, c => c is not null)!;
        Assert.Equal(OutboxKind.ClosedCard, first.Kind);
        Assert.Null(await ClaimAsync("sender-9"));
        await outbox.SentAsync(first, null, None);

        var second = (await ClaimAsync("sender-9"))!;
        Assert.Equal(OutboxKind.QuestionSummary, second.Kind);
        // Throttled: back in the queue, not to be taken before its time.
        await outbox.RetryAtAsync(second, clock.GetUtcNow() + TimeSpan.FromSeconds(30), "429", None);
        Assert.Null(await ClaimAsync("sender-9"));
        clock.Advance(TimeSpan.FromSeconds(31));
        var again = (await ClaimAsync("sender-9"))!;
        Assert.Equal(second.Id, again.Id);
        Assert.Equal(1, again.Attempts);
        await outbox.SentAsync(again, "1:7", None);

        Assert.All(await outbox.ListAsync(sessionId, None), o => Assert.Equal(OutboxState.Sent, o.State));
        clock.Advance(TimeSpan.FromDays(2));
        Assert.True(await outbox.PruneAsync(TimeSpan.FromDays(1), None) >= 2);
        Assert.Empty(await outbox.ListAsync(sessionId, None));
    }

    /// <summary>
    /// A sender that could not finish a send while the database was away takes its claim up again at once when it is
    /// back (OutboxSender, OutboxSend), even past the lease while nobody took the message over; once another sender has
    /// taken it over, the old holder gets nothing, and its late outcome does not overwrite the new holder's.
    /// </summary>
    [SkippableFact]
    public async Task A_claim_is_taken_up_again_by_its_holder_only_while_no_other_sender_took_it_over()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        // A database of its own: a claim takes the oldest due message of any chat, and other tests leave theirs.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(T0);
        await using var storage = await backend.StartStorageAsync(backend.NewDatabase(), clock);
        var outbox = storage.GetRequiredService<OutboxStore>();
        var sessionId = Guid.NewGuid().ToString("N");
        await outbox.EnqueueAsync(new OutboxMessage
        {
            ConversationId = Conversation(), SessionId = sessionId, Kind = OutboxKind.Text, Text = "Hallo",
            State = OutboxState.Pending, CreatedAt = clock.GetUtcNow(), DueAt = clock.GetUtcNow(),
        }, None);
        var lease = TimeSpan.FromMinutes(1);
        Task<OutboxMessage?> ClaimAsync(string sender) => outbox.ClaimNextAsync(sender, lease, [], None);

        var first = (await ClaimAsync("sender-a"))!;
        Assert.Equal(("sender-a", clock.GetUtcNow() + lease), (first.ClaimedBy, first.ClaimedUntil));
        await outbox.StartPostingAsync(first, None);

        // Past the lease, nobody took it yet: the holder takes it up again, and the renewed lease keeps others off.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await outbox.ResumeClaimAsync(first, lease, None));
        Assert.Null(await ClaimAsync("sender-b"));
        await outbox.PostedAsync(first, null, 1, None);

        // Away past the renewed lease, and another sender took it over meanwhile: the old holder is refused.
        clock.Advance(TimeSpan.FromMinutes(2));
        var second = (await ClaimAsync("sender-b"))!;
        Assert.Equal((first.Id, 1, (DateTimeOffset?)null), (second.Id, second.PartsSent, second.PostingSince));
        Assert.False(await outbox.ResumeClaimAsync(first, lease, None));
        await outbox.SentAsync(first, "1:old", None);
        await outbox.SentAsync(second, "1:new", None);
        var done = Assert.Single(await outbox.ListAsync(sessionId, None));
        Assert.Equal((OutboxState.Sent, "1:new"), (done.State, done.ActivityId));
        Assert.False(await outbox.ResumeClaimAsync(second, lease, None));
    }

    [SkippableFact]
    public async Task A_chat_gets_a_burst_at_once_and_then_no_more_than_each_window_allows()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(T0);
        using var signal = new OutboxSignal();
        var outbox = new OutboxStore(backend.Contexts, signal, clock);
        var chat = Conversation();
        var sessionId = Guid.NewGuid().ToString("N");
        for (var i = 0; i < 20; i++)
        {
            await outbox.EnqueueAsync(new OutboxMessage
            {
                ConversationId = chat, SessionId = sessionId, Kind = OutboxKind.Text, Text = $"bericht {i}",
                State = OutboxState.Pending, CreatedAt = clock.GetUtcNow(), DueAt = clock.GetUtcNow(),
            }, None);
        }

        OutboxRate[] rates = [new(TimeSpan.FromSeconds(1), 6), new(TimeSpan.FromSeconds(2), 7), new(TimeSpan.FromSeconds(30), 10)];
        // Sends whatever may go now, the way the worker does (claim, send, record), on a clock that stands still.
        async Task<int> SendWhatMayGoAsync()
        {
            var sent = 0;
            while (await outbox.ClaimNextAsync("sender", TimeSpan.FromMinutes(1), rates, None) is { } claimed && claimed.ConversationId == chat)
            {
                await outbox.SentAsync(claimed, null, None);
                sent++;
            }

            return sent;
        }

        Assert.Equal(6, await SendWhatMayGoAsync());
        clock.Advance(TimeSpan.FromMilliseconds(1001));
        Assert.Equal(1, await SendWhatMayGoAsync());
        clock.Advance(TimeSpan.FromMilliseconds(1000));
        Assert.Equal(3, await SendWhatMayGoAsync());
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, await SendWhatMayGoAsync());
        clock.Advance(TimeSpan.FromSeconds(25));
        Assert.Equal(6, await SendWhatMayGoAsync());
        Assert.Equal(4, (await outbox.ListAsync(sessionId, None)).Count(o => o.State == OutboxState.Pending));
    }

    protected SessionStore Store()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        return backend.Store;
    }

    /// <summary>Two sessions of one conversation, the later one by instant written in UTC and the earlier one in
    /// UTC+2 (so its clock reading is the later one); returns the one FindLatestSessionAsync picks.</summary>
    protected async Task<(Session Found, Session Earlier, Session Later)> FindLatestOfMixedOffsetsAsync()
    {
        var store = Store();
        var conversation = Conversation();
        // 19:00 UTC written as 21:00+02:00 is earlier than 20:00 UTC, although its clock reading is later.
        // Both stopped: a chat has one running session at most.
        var earlier = NewSession(conversation, new DateTimeOffset(2026, 7, 1, 21, 0, 0, TimeSpan.FromHours(2)), SessionState.Stopped);
        var later = NewSession(conversation, new DateTimeOffset(2026, 7, 1, 20, 0, 0, TimeSpan.Zero), SessionState.Stopped);
        await store.AddSessionAsync(later, None);
        await store.AddSessionAsync(earlier, None);
        var found = await store.FindLatestSessionAsync(conversation, None);
        return (found!, earlier, later);
    }

    protected static string Conversation() => $"19:{Guid.NewGuid():N}@thread.v2";

    protected static Session NewSession(string conversationId, DateTimeOffset startedAt, SessionState state = SessionState.Running) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ConversationId = conversationId,
        ProgrammeId = "sociale-basis",
        State = state,
        StartedById = "00000000-0000-0000-0000-000000000001",
        StartedByName = "Facilitator",
        StartedAt = startedAt,
    };

    protected static async Task<Session> AddSessionAsync(SessionStore store)
    {
        var session = NewSession(Conversation(), T0);
        await store.AddSessionAsync(session, None);
        return session;
    }

    protected static Answer NewAnswer(string sessionId, string itemId, string messageId, string text) => new()
    {
        SessionId = sessionId,
        ItemId = itemId,
        ParticipantId = $"participant-{messageId}",
        ParticipantName = "Deelnemer",
        Text = text,
        SourceMessageId = messageId,
        Source = AnswerSource.Chat,
        ReceivedAt = T0,
    };
}
