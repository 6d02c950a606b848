namespace SocialeBasisBot.Organisers;

/// <summary>Section "Organisers": who sees every session of their own tenant on the sessions page.</summary>
public sealed class OrganiserOptions
{
    public const string Section = "Organisers";

    /// <summary>Entra object ids or user principal names (e-mail-like sign-in names), compared without case.</summary>
    public IList<string> Users { get; } = [];

    /// <summary>Entra group ids: a member (the token's <c>groups</c> claim holds the id) is an organiser.</summary>
    public IList<string> Groups { get; } = [];
}
