namespace SocialeBasisBot.Demo;

/// <summary>One line of the transcript.</summary>
/// <param name="Line">Line in the transcript file, for messages to the author.</param>
/// <param name="Person">Key of who acts (for edit and delete: filled in from the referenced message).</param>
/// <param name="Ref">For a message: the name later steps use to edit or delete it; for edit/delete: that name.</param>
/// <param name="Choices">Option ids ticked in a poll card.</param>
/// <param name="Expect">Text the bot's reply to a command must contain (the demo fails otherwise).</param>
public sealed record DemoStep(
    int Line,
    DemoStepKind Kind,
    string Person = "",
    string Text = "",
    bool Mention = false,
    string? Ref = null,
    IReadOnlyList<string>? Choices = null,
    string? Expect = null,
    TimeSpan Pause = default);
