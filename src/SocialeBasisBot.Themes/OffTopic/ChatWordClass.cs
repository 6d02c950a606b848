namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>What a word in a chat line says about the line (see <see cref="ChatLexicon"/>).</summary>
public enum ChatWordClass
{
    /// <summary>A content word: what answers are made of.</summary>
    Content,
    /// <summary>Stop word, number, or a name (capitalised inside the line, or the affiliation in an introduction).</summary>
    Neutral,
    /// <summary>Greeting, thanks, farewell, apology, praise of the session, laughter.</summary>
    Social,
    /// <summary>Sound, picture, screen, connection, typing.</summary>
    Technical,
    /// <summary>Arriving, leaving, being away or back.</summary>
    Presence,
    /// <summary>The session itself: slides, recording, the question, breaks, rooms, certificates.</summary>
    Session,
}
