namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>What the learned detector reads besides the text's word and character n-grams.</summary>
public enum OffTopicFeatureSet
{
    /// <summary>Only the n-grams.</summary>
    Text,
    /// <summary>The n-grams and the rules' word-class shares and sentence structure, not the rules' verdict.</summary>
    TextAndLexicon,
    /// <summary>All of <see cref="OffTopicSignals"/>, the rules' verdict included.</summary>
    TextAndRules,
}
