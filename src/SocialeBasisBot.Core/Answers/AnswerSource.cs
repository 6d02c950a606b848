namespace SocialeBasisBot.Answers;

public enum AnswerSource
{
    Chat,
    Mention,
    Card,
    ThreadReply,
}
