namespace SocialeBasisBot.Testing;

/// <summary>One labelled chat answer of testdata/webinar-answers-dev (label = the hand-assigned theme).</summary>
public sealed record DevAnswer(string Id, string Question, string Participant, string Text, string Label, string? Label2 = null);
