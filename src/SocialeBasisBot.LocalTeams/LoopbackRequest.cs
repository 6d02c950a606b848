using System.Text;

namespace SocialeBasisBot.LocalTeams;

/// <summary>One request a <see cref="LoopbackServer"/> received, numbered from 1 in arrival order.</summary>
/// <param name="PathAndQuery">The request target as it came over the wire (still URL-escaped).</param>
/// <param name="Body">The body as UTF-8 text.</param>
public sealed record LoopbackRequest(int Number, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    private readonly ReadOnlyMemory<byte>? content;

    /// <summary>The body's bytes, for uploads that are not text; the server sets them as received, so they are encoded
    /// from <see cref="Body"/> only for a request built without them.</summary>
    public ReadOnlyMemory<byte> Content
    {
        get => content ?? Encoding.UTF8.GetBytes(Body);
        init => content = value;
    }
}
