namespace SocialeBasisBot.Hosting;

/// <summary>
/// Whether a serviceUrl from an activity is one the bot may send to. With an app id configured the bot sends its
/// replies, with its token, to whatever serviceUrl a request names; an allow-list keeps it from posting elsewhere.
/// </summary>
public sealed class ServiceUrlAllowList(IReadOnlyList<string> patterns)
{
    public bool Allows(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (serviceUrl.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = serviceUrl.IdnHost.TrimEnd('.');
        return patterns.Any(pattern => pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase) && host.Length > pattern.Length - 1
            : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A host name, optionally with a leading "*." wildcard; no scheme, port, path or other wildcards.</summary>
    public static bool IsValidPattern(string pattern)
    {
        var host = pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern;
        return host.Length > 0 && Uri.CheckHostName(host) != UriHostNameType.Unknown && !host.Contains('*', StringComparison.Ordinal);
    }
}
