namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>Why an answer is set apart from the themes.</summary>
public enum OffTopicKind
{
    None,
    Greeting,
    SoundOrConnection,
    SlidesRequest,
    QuestionToHost,
}
