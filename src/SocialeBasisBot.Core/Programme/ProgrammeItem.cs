namespace SocialeBasisBot.Programme;

/// <summary>One step of the programme, posted as one card.</summary>
public sealed record ProgrammeItem
{
    public required string Id { get; init; }
    public required ProgrammeItemKind Kind { get; init; }
    public required string Title { get; init; }
    /// <summary>Paragraph text; for a question, the question itself.</summary>
    public string Text { get; init; } = "";
    public IReadOnlyList<string> Bullets { get; init; } = [];
    /// <summary>Call to answer shown under a question, e.g. "Antwoorden graag in de chat"; empty for none.</summary>
    public string Prompt { get; init; } = "";
    /// <summary>How long the question stays open before it closes by itself (YAML `duration`, minutes); null: until `sluit`.</summary>
    public TimeSpan? Duration { get; init; }
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public IReadOnlyList<Link> Links { get; init; } = [];
    /// <summary>Building block ids this item is about (questions: the blocks answers are summarised under).</summary>
    public IReadOnlyList<string> BuildingBlocks { get; init; } = [];
    /// <summary>Poll options (Kind = Poll).</summary>
    public IReadOnlyList<PollOption> Options { get; init; } = [];
    /// <summary>Poll: may a participant choose more than one option (a checklist)?</summary>
    public bool MultipleChoice { get; init; }
    /// <summary>Open question: themes the author expects, for guided grouping.</summary>
    public IReadOnlyList<ExpectedThemeDefinition> ExpectedThemes { get; init; } = [];
    /// <summary>Line (1-based) in the source file where the item starts, for error messages; 0 if built in code.</summary>
    public int SourceLine { get; init; }

    /// <summary>The question as participants saw it: the text, or the title when there is no text.</summary>
    public string QuestionText => string.IsNullOrWhiteSpace(Text) ? Title : Text;

    /// <summary>What this kind of item does (<see cref="Kinds.ItemKinds"/>).</summary>
    public Kinds.ItemKind Descriptor => Kinds.ItemKinds.Of(Kind);

    public bool IsQuestion => Descriptor.IsQuestion;
}
