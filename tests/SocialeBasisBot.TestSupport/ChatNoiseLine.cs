namespace SocialeBasisBot.Testing;

/// <summary>
/// One line of testdata/chat-noise: a chat line that is no answer (label off-topic, with its kind) or a near-miss
/// that is an answer (label answer); split dev (rules were written looking at these) or heldout (scored once).
/// </summary>
public sealed record ChatNoiseLine(string Id, string Split, string Kind, string Text, string Label)
{
    public bool IsOffTopic => Label == "off-topic";
}
