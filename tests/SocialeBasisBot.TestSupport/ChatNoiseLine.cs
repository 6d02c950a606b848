namespace SocialeBasisBot.Testing;

/// <summary>
/// One line of testdata/chat-noise: a chat line that is no answer (label off-topic, with its kind) or a near-miss
/// that is an answer (label answer); its split names the part (dev, heldout, fresh, and any written later).
/// </summary>
public sealed record ChatNoiseLine(string Id, string Split, string Kind, string Text, string Label)
{
    public bool IsOffTopic => Label == "off-topic";
}
