namespace SocialeBasisBot.Sessions;

public enum AnswerOutcome
{
    Stored,
    Duplicate,
    NoOpenQuestion,
    QuestionClosed,
    Empty,
}
