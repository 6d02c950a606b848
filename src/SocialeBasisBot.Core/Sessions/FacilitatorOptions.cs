namespace SocialeBasisBot.Sessions;

public sealed class FacilitatorOptions
{
    public const string Section = "Facilitators";

    /// <summary>Teams user ids or Entra object ids of people who may always drive a session.</summary>
    public IList<string> Users { get; } = [];

    /// <summary>When false, only the listed users may start a session; the starter is always a facilitator.</summary>
    public bool AnyoneMayStart { get; set; } = true;
}
