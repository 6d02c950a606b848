namespace SocialeBasisBot.Themes.Tests.Support;

public sealed record LoopbackResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null);
