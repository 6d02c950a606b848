namespace SocialeBasisBot.Tests.Infrastructure;

public sealed record TeamsUser(string Id, string Name, string AadObjectId);
