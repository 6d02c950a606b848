namespace SocialeBasisBot.Themes.Tests.Support;

public sealed record LoopbackRequest(int Number, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);
