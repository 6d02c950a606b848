using System.Text;

namespace SocialeBasisBot.LocalTeams;

/// <summary>One request a <see cref="LoopbackServer"/> received, numbered from 1 in arrival order.</summary>
/// <param name="PathAndQuery">The request target as it came over the wire (still URL-escaped).</param>
/// <param name="Body">The body as UTF-8 text.</param>
public sealed record LoopbackRequest(int Number, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The body's bytes, for uploads that are not text.</summary>
    public ReadOnlyMemory<byte> Content { get; init; } = Encoding.UTF8.GetBytes(Body);
}
