namespace SocialeBasisBot.Demo;

/// <summary>A scripted webinar chat: who takes part and what happens, in order.</summary>
public sealed record DemoTranscript(
    string Path,
    string Title,
    string ConversationId,
    string Facilitator,
    IReadOnlyDictionary<string, DemoPerson> People,
    IReadOnlyList<DemoStep> Steps);
