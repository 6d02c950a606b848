using SocialeBasisBot.LocalTeams;

namespace SocialeBasisBot.Demo;

/// <summary>Someone in the demo chat, with the Teams ids a real account would have.</summary>
public sealed record DemoPerson(string Key, string Name, string TeamsId, string AadObjectId)
{
    /// <summary>The person as Teams puts them in an activity.</summary>
    public TeamsUser User => new(TeamsId, Name, AadObjectId);
}
