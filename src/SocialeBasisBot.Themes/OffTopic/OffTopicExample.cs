namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>A chat line with whether it is no answer (chat noise) or an answer: what the learned detector trains on.</summary>
public sealed record OffTopicExample(string Text, bool IsOffTopic);
