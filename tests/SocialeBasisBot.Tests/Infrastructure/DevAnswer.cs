namespace SocialeBasisBot.Tests.Infrastructure;

public sealed record DevAnswer(string Id, string Question, string Participant, string Text, string Label);
