namespace SocialeBasisBot.Organisers;

/// <summary>Someone signed in to the sessions page, as their token (or signed link) says.</summary>
/// <param name="ObjectId">Their Entra object id (<c>oid</c>), which the bot also keeps as a session's starter.</param>
/// <param name="TenantId">Their tenant (<c>tid</c>); they never see another tenant's sessions.</param>
/// <param name="UserPrincipalName">Their sign-in name (<c>upn</c> or <c>preferred_username</c>) when the token has one.</param>
/// <param name="Groups">The group ids in the token's <c>groups</c> claim.</param>
public sealed record Organiser(string ObjectId, string TenantId, string? UserPrincipalName, IReadOnlyList<string> Groups);
