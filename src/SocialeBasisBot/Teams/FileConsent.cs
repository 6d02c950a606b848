using System.Net.Http.Headers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams;

/// <summary>
/// Sends export files "the Teams way" in a 1:1 chat: a file consent card, and after the organiser accepts, an upload
/// to the OneDrive URL Teams hands us, confirmed with a file info card. Teams only allows this in personal scope;
/// group chats and channels get the signed download links.
/// </summary>
public sealed partial class FileConsent(
    ExportDownloads downloads,
    IHttpClientFactory httpClients,
    ILogger<FileConsent> logger)
{
    public const string ConsentContentType = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoContentType = "application/vnd.microsoft.teams.card.file.info";

    /// <summary>One consent card per file, sent by the outbox after the export card.</summary>
    public async Task<IReadOnlyList<IActivity>> OffersAsync(ExportDownloadSet set, CancellationToken ct) =>
        [.. (await downloads.ConsentOffersAsync(set, ct)).Select(offer =>
        {
            var context = new JObject { ["session"] = set.SessionId, ["file"] = offer.File.FileName };
            return MessageFactory.Attachment(new Attachment
            {
                ContentType = ConsentContentType,
                Name = offer.File.FileName,
                Content = new FileConsentCard
                {
                    Description = offer.Description,
                    SizeInBytes = offer.File.Content.LongLength,
                    AcceptContext = context,
                    DeclineContext = context,
                },
            });
        })];

    /// <remarks>
    /// Stays in the turn, unlike everything else the bot says: it answers Teams' file consent invoke, the upload URL
    /// Teams hands out with it is short-lived, and what is said (the file card, or why not) only reports that upload;
    /// no session state changes that an outbox message would have to be committed with.
    /// </remarks>
    public async Task AcceptAsync(ITurnContext turn, FileConsentCardResponse response, Phrases say, CancellationToken ct)
    {
        var context = JObject.FromObject(response.Context ?? new JObject());
        var consented = await downloads.ForConsentAsync(
            (string?)context["session"], (string?)context["file"], ActivityReader.Sender(turn.Activity), say, ct);
        if (consented.File is not { } file)
        {
            await turn.SendActivityAsync(MessageFactory.Text(consented.Refusal), ct);
            return;
        }

        var fileName = file.FileName;
        if (response.UploadInfo?.UploadUrl is not { Length: > 0 } uploadUrl || !Uri.TryCreate(uploadUrl, UriKind.Absolute, out var target))
        {
            await turn.SendActivityAsync(MessageFactory.Text(say.UploadFailed(fileName)), ct);
            return;
        }

        using var content = new ByteArrayContent(file.Content);
        content.Headers.ContentLength = file.Content.LongLength;
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, file.Content.LongLength - 1, file.Content.LongLength);
        using var client = httpClients.CreateClient(nameof(FileConsent));
        try
        {
            using var upload = await client.PutAsync(target, content, ct);
            if (!upload.IsSuccessStatusCode)
            {
                LogUploadFailed((int)upload.StatusCode, fileName);
                await turn.SendActivityAsync(MessageFactory.Text(say.UploadFailed(fileName)), ct);
                return;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            LogUploadFailed(0, fileName);
            await turn.SendActivityAsync(MessageFactory.Text(say.UploadFailed(fileName)), ct);
            return;
        }

        await turn.SendActivityAsync(MessageFactory.Attachment(new Attachment
        {
            ContentType = InfoContentType,
            ContentUrl = response.UploadInfo.ContentUrl,
            Name = response.UploadInfo.Name,
            Content = new FileInfoCard { UniqueId = response.UploadInfo.UniqueId, FileType = response.UploadInfo.FileType },
        }), ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload of {FileName} to OneDrive failed with {Status}")]
    private partial void LogUploadFailed(int status, string fileName);
}
