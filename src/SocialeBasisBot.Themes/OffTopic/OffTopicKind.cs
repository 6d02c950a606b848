namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>Why an answer is set apart from the themes.</summary>
public enum OffTopicKind
{
    None,
    Greeting,
    SoundOrConnection,
    SlidesRequest,
    QuestionToHost,
    ArrivingOrLeaving,
    /// <summary>Jokes, test messages, a line meant for another chat: talk about the session, not an answer.</summary>
    Chatter,
}
