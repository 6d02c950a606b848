namespace SocialeBasisBot.LocalTeams;

/// <summary>
/// One thing a person reads on an Adaptive Card: a text, a fact, an input, a row of buttons, or a row of columns.
/// </summary>
/// <param name="Text">The words as the card holds them (a whole TextBlock, also when it has several lines).</param>
/// <param name="Prefix">What sets it apart on a terminal: "│ " per emphasis container it sits in.</param>
/// <param name="Marker">"■ " for a heading, else empty.</param>
/// <param name="Cells">For a row of columns, the first text of each column (a theme and its count); else empty.</param>
public sealed record CardLine(string Text, string Prefix, string Marker, IReadOnlyList<string> Cells)
{
    /// <summary>The line or lines as a terminal shows them.</summary>
    public IEnumerable<string> Display =>
        (Marker + Text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => Prefix + line);
}
