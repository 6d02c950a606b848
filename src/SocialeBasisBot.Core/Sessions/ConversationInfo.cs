namespace SocialeBasisBot.Sessions;

/// <summary>The conversation a turn came from, independent of the channel SDK.</summary>
/// <param name="Id">Conversation id without a channel thread suffix.</param>
/// <param name="ReferenceJson">Serialized channel reference, kept so the bot can post later (after a restart too).</param>
/// <param name="IsPersonal">A 1:1 chat with the bot.</param>
/// <param name="Kind">What kind of chat it is, for greeting and help; <see cref="IsPersonal"/> agrees with it.</param>
/// <param name="TenantId">The Entra tenant the chat belongs to, kept on a session for the organisers' page.</param>
/// <param name="Name">The chat's name when Teams gives one (meetings, channels).</param>
public sealed record ConversationInfo(
    string Id, string? ReferenceJson, bool IsPersonal, ChatKind Kind = ChatKind.GroupChat, string? TenantId = null, string? Name = null);
