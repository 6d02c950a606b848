namespace SocialeBasisBot.Sessions;

/// <summary>
/// What an export card needs that only the turn knows, stored with the queued message: whether names are in, the
/// address the request came in on (for the links, unless <c>Exports:PublicBaseUrl</c> is set), and whether the chat
/// is 1:1 (then the files are also offered through Teams file consent).
/// </summary>
public sealed record ExportRequest(bool IncludeNames, string RequestBaseUrl, bool Personal);
