using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SocialeBasisBot.LocalTeams;

namespace SocialeBasisBot.Demo;

/// <summary>
/// Finds the download links the bot posted (anywhere in a message: text, card texts, buttons) and fetches them over
/// HTTP into a folder, as an organiser would by clicking them.
/// </summary>
public static partial class ExportDownloader
{
    /// <summary>Every distinct /exports/… link in the messages, in the order they were posted.</summary>
    public static IReadOnlyList<string> FindLinks(IEnumerable<ConnectorCall> calls) =>
        calls.Where(r => r.Succeeded && r.Method is "POST" or "PUT")
            .SelectMany(r => Strings(r.Body))
            .SelectMany(s => ExportLink().Matches(s).Select(m => m.Value.TrimEnd('.', ',', ';', ':')))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Downloads each link from the bot at <paramref name="bot"/> into <paramref name="folder"/>. A link to another
    /// host (a configured public address) is fetched from the local bot with the same path and signature.
    /// </summary>
    public static async Task<IReadOnlyList<DownloadedFile>> DownloadAsync(
        HttpClient http, Uri bot, IReadOnlyList<string> links, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var files = new List<DownloadedFile>();
        foreach (var link in links)
        {
            var url = LocalUrl(bot, link);
            using var response = await http.GetAsync(url, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    $"Download {url} gaf {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            var name = UniqueName(folder, FileName(response, url), files);
            await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes, ct);
            files.Add(new DownloadedFile(name, Path.Combine(folder, name), bytes.LongLength, link));
        }

        return files;
    }

    private static Uri LocalUrl(Uri bot, string link)
    {
        // Only http(s) counts as absolute: on Linux "/exports/…" would otherwise parse as a file URI.
        if (!Uri.TryCreate(link, UriKind.Absolute, out var absolute) || absolute.Scheme is not ("http" or "https"))
        {
            return new Uri(bot, link.TrimStart('/'));
        }

        return absolute.IsLoopback && absolute.Port == bot.Port ? absolute : new Uri(bot, absolute.PathAndQuery.TrimStart('/'));
    }

    private static string FileName(HttpResponseMessage response, Uri url)
    {
        var name = response.Content.Headers.ContentDisposition?.FileNameStar?.Trim('"')
            ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
            ?? Uri.UnescapeDataString(url.Segments[^1]);
        // Never let a name from the network pick the folder.
        name = Path.GetFileName(name);
        foreach (var invalid in Path.GetInvalidFileNameChars())
        {
            name = name.Replace(invalid, '_');
        }

        return name.Length == 0 ? "export" : name;
    }

    private static string UniqueName(string folder, string name, List<DownloadedFile> taken)
    {
        var candidate = name;
        for (var n = 2; taken.Any(f => f.Name == candidate) || File.Exists(Path.Combine(folder, candidate)); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}";
        }

        return candidate;
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(kv => Strings(kv.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    [GeneratedRegex(@"(?:https?://[^\s/()<>\[\]""']+)?/exports/[^\s()<>\[\]""'`]+")]
    private static partial Regex ExportLink();
}
