using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;

namespace SocialeBasisBot.Privacy;

/// <summary>
/// Participants' data rights and retention: what is kept about someone and a download of it, deleting their answers or
/// a whole session, the daily removal of old sessions, and the organisation's privacy line. Deletions are logged with
/// counts and ids, never with what was said.
/// </summary>
public sealed partial class PrivacyService(
    PrivacyStore privacy,
    SessionStore sessions,
    FacilitatorPolicy policy,
    ProgrammeCatalog programmes,
    ExportLinkSigner signer,
    Organisers.OrganiserLinks organiserLinks,
    Organisers.OrganiserAccess organiserAccess,
    IOptions<ExportOptions> exportOptions,
    IOptions<PrivacyOptions> options,
    IOptions<RetentionOptions> retention,
    TimeProvider time,
    IEnumerable<ISessionCache> caches,
    ILogger<PrivacyService> logger)
{
    public const string DownloadFile = "mijn-antwoorden.csv";

    /// <summary>Signed links for a participant's own answers sign "participant:{id}", which no session id can be.</summary>
    private const string LinkScope = "participant:";

    /// <summary>The organisation's privacy line for the start of a session; null when none is set.</summary>
    public TextReply? Notice() => options.Value.Notice is { Length: > 0 } notice ? new TextReply(notice) : null;

    public static string ParticipantKey(Participant who) => who.AadObjectId ?? who.Id;

    /// <param name="tenantId">The chat's tenant: with it, someone who started sessions gets the link to their sessions page.</param>
    public async Task<BotReply> MyDataAsync(Participant who, Phrases say, CancellationToken ct, string? tenantId = null)
    {
        var counts = await privacy.CountAnswersOfAsync(ParticipantKey(who), ct);
        var started = await privacy.CountSessionsStartedByAsync(ParticipantKey(who), ct);
        var tenant = who.AadObjectId is null ? null : tenantId;
        var organiser = tenant is not null && organiserAccess.SeesWholeTenant(new Organisers.Organiser(who.AadObjectId!, tenant, null, []));
        return counts.Count == 0 && started == 0 && !organiser
            ? new TextReply(PrivacyPhrases.For(say).NothingKept)
            : new MyDataReply(ParticipantKey(who), counts, say, started, tenant, organiser);
    }

    /// <param name="requestBaseUrl">The address the request came in on; <c>Exports:PublicBaseUrl</c> wins when set.</param>
    public string MyDataText(MyDataReply reply, string requestBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var baseUrl = exportOptions.Value.PublicBaseUrl is { Length: > 0 } configured ? configured : requestBaseUrl;
        var words = PrivacyPhrases.For(reply.Say);
        var text = "";
        if (reply.Counts.Count > 0)
        {
            var link = signer.CreateLink(baseUrl, LinkScope + reply.ParticipantId, DownloadFile);
            var query = link.Url[link.Url.IndexOf('?', StringComparison.Ordinal)..];
            var url = $"{baseUrl.TrimEnd('/')}/privacy/{Uri.EscapeDataString(reply.ParticipantId)}/{DownloadFile}{query}";
            text = words.Kept(reply.Counts, url, link.ExpiresAt);
        }

        // Outside Teams this link is the way onto "Mijn sessies" (in Teams the personal tab signs in by itself).
        var sessions = reply.TenantId is null || (reply.SessionsStarted == 0 && !reply.Organiser)
            ? null
            : organiserLinks.Create(baseUrl, reply.ParticipantId, reply.TenantId, reply.Say.Language);
        if (reply.SessionsStarted > 0)
            text += (text.Length > 0 ? "\n\n" : "") + words.StartedSessions(reply.SessionsStarted, sessions?.Url, sessions?.ExpiresAt);
        else if (sessions is not null)
            text += (text.Length > 0 ? "\n\n" : "") + words.OrganiserPage(sessions.Url, sessions.ExpiresAt);

        return text;
    }

    public ExportLinkStatus VerifyDownload(string participantId, string file, string? expires, string? sig) =>
        file == DownloadFile ? signer.Verify(LinkScope + participantId, file, expires, sig) : ExportLinkStatus.Tampered;

    /// <summary>The participant's own answers as CSV, in the export's columns (their own name included).</summary>
    public async Task<byte[]> OwnAnswersCsvAsync(string participantId, CancellationToken ct)
    {
        var answers = await privacy.AnswersOfAsync(participantId, ct);
        return CsvAnswerWriter.Write(answers.Select(p =>
        {
            var item = programmes.Find(p.Session.ProgrammeId)?.FindItem(p.Answer.ItemId);
            return new AnswerRow(
                item?.Title ?? p.Answer.ItemId,
                p.Session.ProgrammeId,
                "",
                p.Answer.Text,
                p.Answer.ReceivedAt.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                p.Answer.ParticipantName);
        }));
    }

    public async Task<BotReply> DeleteMyAnswersAsync(Participant who, bool confirmed, Phrases say, string confirmCommand, string cancelCommand, CancellationToken ct)
    {
        var words = PrivacyPhrases.For(say);
        if (!confirmed)
        {
            var total = (await privacy.CountAnswersOfAsync(ParticipantKey(who), ct)).Sum(c => c.Answers);
            return total == 0
                ? new TextReply(words.NothingKept)
                : new ConfirmReply(words.ConfirmDeleteAnswers(total), words.Confirm, confirmCommand, words.Cancel, cancelCommand);
        }

        var result = Forget(await privacy.DeleteAnswersOfAsync(ParticipantKey(who), ct));
        LogAnswersDeleted(result.Answers, result.Sessions);
        return new TextReply(words.AnswersDeleted(result));
    }

    /// <summary>
    /// `verwijder sessie`: the session running in this chat, else the last one here; in a 1:1 chat the last one the
    /// sender started. Only who may drive it (its starter, listed facilitators) may delete it.
    /// </summary>
    public async Task<BotReply> DeleteSessionAsync(
        ConversationInfo conversation, Participant who, bool confirmed, Phrases say, string confirmCommand, string cancelCommand, CancellationToken ct)
    {
        var words = PrivacyPhrases.For(say);
        var session = conversation.IsPersonal
            ? await sessions.FindLatestSessionStartedByAsync(ParticipantKey(who), ct)
            : await sessions.FindLatestSessionAsync(conversation.Id, ct);
        if (session is null || !policy.MayDrive(session, who))
        {
            return new TextReply(words.NoSessionToDelete);
        }

        if (!confirmed)
        {
            var answers = (await sessions.ListAnswersAsync(session.Id, null, ct)).Count;
            return new ConfirmReply(words.ConfirmDeleteSession(session.ProgrammeId, session.StartedAt, answers), words.Confirm, confirmCommand, words.Cancel, cancelCommand);
        }

        var result = Forget(await privacy.DeleteSessionsAsync([session.Id], ct));
        LogSessionDeleted(session.Id, result.Answers);
        return new TextReply(words.SessionDeleted(result));
    }

    /// <summary>Deletes a session from the organisers' sessions page, which has already checked who may; logged like `verwijder sessie`.</summary>
    public async Task<DeletionResult> DeleteSessionByOrganiserAsync(string sessionId, CancellationToken ct)
    {
        var result = Forget(await privacy.DeleteSessionsAsync([sessionId], ct));
        LogSessionDeletedByOrganiser(sessionId, result.Answers);
        return result;
    }

    /// <summary>Removes sessions past <see cref="RetentionOptions.RetentionDays"/>; the caller makes sure it runs once a day.</summary>
    public async Task<DeletionResult> RemoveExpiredAsync(CancellationToken ct)
    {
        var days = retention.Value.RetentionDays;
        var expired = await privacy.SessionsOlderThanAsync(time.GetUtcNow().AddDays(-days), ct);
        var result = Forget(await privacy.DeleteSessionsAsync(expired, ct));
        LogRetention(result.Sessions, result.Answers, days);
        return result;
    }

    /// <summary>
    /// Summaries and wall themes of the touched sessions hold quotes: dropped, so a deleted session or answer does not
    /// live on in memory (a session whose answers went is summarised again from what is left when next asked).
    /// </summary>
    private DeletionResult Forget(DeletionResult result)
    {
        foreach (var id in result.SessionIds ?? [])
        {
            foreach (var cache in caches)
            {
                cache.Forget(id);
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A participant deleted their answers: {Answers} answers in {Sessions} sessions")]
    private partial void LogAnswersDeleted(int answers, int sessions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} deleted by its facilitator, with {Answers} answers")]
    private partial void LogSessionDeleted(string sessionId, int answers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} deleted on the sessions page, with {Answers} answers")]
    private partial void LogSessionDeletedByOrganiser(string sessionId, int answers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: removed {Sessions} sessions with {Answers} answers older than {Days} days")]
    private partial void LogRetention(int sessions, int answers, int days);
}
