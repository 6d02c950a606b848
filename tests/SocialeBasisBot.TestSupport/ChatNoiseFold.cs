namespace SocialeBasisBot.Testing;

/// <summary>
/// One fold of the off-topic cross-validation: the lines a model trains on (text, whether it is chat noise) and the
/// chat lines it is scored on, which it never trained on.
/// </summary>
public sealed record ChatNoiseFold(string Name, IReadOnlyList<(string Text, bool IsOffTopic)> Train, IReadOnlyList<(string Text, bool IsOffTopic)> Test);
