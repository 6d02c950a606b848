namespace SocialeBasisBot.LocalTeams;

/// <summary>What a <see cref="LoopbackServer"/> answers: a status, a body (JSON unless a Content-Type header says otherwise) and headers.</summary>
public sealed record LoopbackResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null);
