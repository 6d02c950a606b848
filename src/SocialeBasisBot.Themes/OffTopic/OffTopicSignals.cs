using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>
/// What the hand-written rules see in a line, as numbers for the learned detector: the rules' own verdict, the share
/// of each word class (<see cref="ChatLexicon"/>), the sentence structure (<see cref="ChatSentence"/>), length,
/// question and exclamation marks, emoji and a mention. These carry across writers better than words do.
/// </summary>
public static class OffTopicSignals
{
    public const int Count = 15;

    public static float[] Of(string text, OffTopicFeatureSet set)
    {
        if (set == OffTopicFeatureSet.Text) return new float[Count];
        var clean = ChatText.Clean(text).Trim();
        var classes = ChatLexicon.Classify(clean);
        var words = Math.Max(1, classes.Count);
        float Share(ChatWordClass c) => classes.Count(x => x == c) / (float)words;
        var sentence = ChatSentence.Read(ChatText.Words(clean));
        var emoji = text.EnumerateRunes().Count(r => r.Value >= 0x2190 && !char.IsLetterOrDigit(r.ToString(), 0));
        return
        [
            set != OffTopicFeatureSet.TextAndRules || OffTopicDetector.Classify(text) == OffTopicKind.None ? 0f : 1f,
            Share(ChatWordClass.Content),
            Share(ChatWordClass.Neutral),
            Share(ChatWordClass.Social),
            Share(ChatWordClass.Technical),
            Share(ChatWordClass.Presence),
            Share(ChatWordClass.Session),
            MathF.Log(1 + classes.Count) / 4f,
            clean.Contains('?', StringComparison.Ordinal) ? 1f : 0f,
            clean.Contains('!', StringComparison.Ordinal) ? 1f : 0f,
            emoji > 0 ? 1f : 0f,
            ChatLexicon.OpensWithGreeting(clean) ? 1f : 0f,
            sentence.IsSelfReport ? 1f : 0f,
            sentence.HereAndNowWords > 0 ? 1f : 0f,
            text.TrimStart().StartsWith('@') ? 1f : 0f,
        ];
    }
}
