using SocialeBasisBot.LocalTeams;

namespace SocialeBasisBot.Demo;

/// <summary>What a demo run produced: everything the bot sent to Teams and the files it downloaded.</summary>
public sealed record DemoResult(IReadOnlyList<ConnectorCall> BotRequests, IReadOnlyList<DownloadedFile> Files, TimeSpan Duration);
