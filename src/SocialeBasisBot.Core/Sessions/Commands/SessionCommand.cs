namespace SocialeBasisBot.Sessions.Commands;

/// <summary>
/// One facilitator command: its words, its help lines, its Teams menu entry and what it does. Adding a command is
/// one subclass plus one line in <see cref="CommandTable"/>; the parser, the help text, the manifest test and the
/// README test all read the table.
/// </summary>
public abstract class SessionCommand
{
    /// <summary>The Dutch word, as the Teams command menu (manifest <c>commandLists</c>) and the README show it.</summary>
    public abstract string Word { get; }

    /// <summary>Other Dutch words (and symbols) that mean the same; a reply stays Dutch.</summary>
    public virtual IReadOnlyList<string> DutchAliases => [];

    /// <summary>English words; a command typed with one of these is answered in English.</summary>
    public virtual IReadOnlyList<string> EnglishWords => [];

    /// <summary>The Dutch help line after "- ", starting with the command in backticks.</summary>
    public abstract string DutchHelp { get; }

    /// <summary>The English help line after "- ", starting with the English command in backticks.</summary>
    public abstract string EnglishHelp { get; }

    /// <summary>The one-line Dutch description in the Teams command menu (manifest.json).</summary>
    public abstract string ManifestDescription { get; }

    /// <summary>Whether words may follow the command ("start sociale-basis", "export met namen").</summary>
    public virtual bool TakesArgument => false;

    /// <summary>
    /// What the command needs before it runs. <see cref="CommandNeeds.RunningSession"/>: a running session that the
    /// sender may drive and whose programme is still there; anything less is answered for the command.
    /// </summary>
    public virtual CommandNeeds Needs => CommandNeeds.RunningSession;

    /// <summary>True when the command is never a participant's answer, even while a question is open.</summary>
    public virtual bool AlwaysACommand => false;

    /// <summary>Every word that starts this command, Dutch first.</summary>
    public IEnumerable<string> AllWords => [Word, .. DutchAliases, .. EnglishWords];

    public abstract Task<IReadOnlyList<BotReply>> RunAsync(CommandTurn turn, CancellationToken ct);
}
