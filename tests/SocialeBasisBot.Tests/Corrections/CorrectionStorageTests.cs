using SocialeBasisBot.Corrections;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Tests.Storage;

namespace SocialeBasisBot.Tests.Corrections;

/// <summary>
/// A correction's anchors (the answers its themes held) and its Teams id come back as stored, and a session's posted
/// overview is kept part by part, on every provider: a lost anchor would silently fall back to the engine's id.
/// </summary>
public abstract class CorrectionStorageTests<TBackend>(TBackend backend) : IClassFixture<TBackend>
    where TBackend : StorageBackend
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 13, 0, 0, TimeSpan.Zero);

    private CorrectionStore Store()
    {
        Skip.If(backend.SkipReason is not null, backend.SkipReason);
        return new CorrectionStore(backend.Contexts, new OutboxSignal());
    }

    [SkippableFact]
    public async Task Anchors_and_the_correctors_Teams_ids_round_trip()
    {
        var store = Store();
        var session = $"s-{Guid.NewGuid():N}";
        var anchor = CorrectionAnchor.Of([42, 7, 7, 1_000_000_000_123]);
        await store.AddAsync(new ThemeCorrection
        {
            SessionId = session, ItemId = "q1", Kind = ThemeCorrectionKind.Merge, ThemeId = "thema-2", ThemeAnswerIds = anchor,
            TargetThemeId = "thema-1", TargetAnswerIds = [3], ById = "aad-1", ByTeamsId = "29:een", At = T0,
        }, [], None);
        await store.AddAsync(new ThemeCorrection { SessionId = session, ItemId = "q1", Kind = ThemeCorrectionKind.Rename, ThemeId = "thema-1", Label = "x", ById = "aad-2", ByTeamsId = "29:twee", At = T0 }, [], None);
        await store.AddAsync(new ThemeCorrection { SessionId = session, ItemId = "q1", Kind = ThemeCorrectionKind.Rename, ThemeId = "thema-1", Label = "y", ById = "aad-1", ByTeamsId = "29:een", At = T0 }, [], None);

        var stored = await store.ListAsync(session, "q1", None);

        Assert.Equal([7L, 42, 1_000_000_000_123], stored[0].ThemeAnswerIds);
        Assert.Equal([3L], stored[0].TargetAnswerIds);
        Assert.Null(stored[1].ThemeAnswerIds);
        Assert.Equal(["29:een", "29:twee"], await store.CorrectorsAsync(session, None));
    }

    [SkippableFact]
    public async Task The_latest_posted_overview_replaces_the_earlier_one_part_by_part_as_each_part_is_posted()
    {
        var store = Store();
        var session = $"s-{Guid.NewGuid():N}";
        await store.SavePostedSummaryAsync(new PostedSummary { SessionId = session, ItemId = "q1", ActivityId = "vraag", PostedAt = T0 }, None);
        string[] first = ["a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10"];
        foreach (var (id, i) in first.Select((id, i) => (id, i)))
        {
            await store.SavePostedOverviewPartAsync(session, i, id, T0, None);
        }

        Assert.Equal(first, await store.PostedOverviewAsync(session, None));
        await store.SavePostedOverviewPartAsync(session, 0, "b0", T0.AddMinutes(5), None);
        Assert.Equal(["b0"], await store.PostedOverviewAsync(session, None));
        // A later part joins the new overview, also when it is posted again (a retry).
        await store.SavePostedOverviewPartAsync(session, 1, "b1-lost", T0.AddMinutes(5), None);
        await store.SavePostedOverviewPartAsync(session, 1, "b1", T0.AddMinutes(6), None);

        Assert.Equal(["b0", "b1"], await store.PostedOverviewAsync(session, None));
        Assert.Equal("vraag", (await store.FindPostedSummaryAsync(session, "q1", None))?.ActivityId);
        // A part Teams gave no id for: the overview cannot be updated in order, so none of it is kept.
        await store.SavePostedOverviewPartAsync(session, 2, null, T0.AddMinutes(6), None);
        Assert.Empty(await store.PostedOverviewAsync(session, None));
        // The parts after it do not build a shorter overview of their own; the next overview starts again at part 0.
        await store.SavePostedOverviewPartAsync(session, 3, "b3", T0.AddMinutes(6), None);
        Assert.Empty(await store.PostedOverviewAsync(session, None));
        await store.SavePostedOverviewPartAsync(session, 0, "c0", T0.AddMinutes(7), None);
        Assert.Equal(["c0"], await store.PostedOverviewAsync(session, None));
        Assert.Empty(await store.PostedOverviewAsync($"s-{Guid.NewGuid():N}", None));
    }
}
