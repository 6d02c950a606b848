namespace SocialeBasisBot.LocalTeams;

/// <summary>Someone in a Teams chat, with the ids Teams sends: the chat id (29:…), the display name and the Entra object id.</summary>
public sealed record TeamsUser(string Id, string Name, string AadObjectId);
