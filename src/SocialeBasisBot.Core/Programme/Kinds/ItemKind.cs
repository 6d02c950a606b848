using SocialeBasisBot.Sessions;
using SocialeBasisBot.Summaries;

namespace SocialeBasisBot.Programme.Kinds;

/// <summary>
/// Everything that differs per kind of programme item: how YAML names it and which fields it owns, whether it is a
/// question, which card template the Teams edge renders (Teams/Cards/{CardTemplate}.json), how chat text becomes
/// choices, and which summary it gets. Adding a kind is one subclass plus one line in <see cref="ItemKinds"/> (and an
/// enum value and a card template when it looks different).
/// </summary>
public abstract class ItemKind
{
    public abstract ProgrammeItemKind Kind { get; }

    /// <summary>The name a programme file uses for the kind ("openQuestion").</summary>
    public abstract string YamlName { get; }

    /// <summary>Other names a programme file may use, compared without case, dashes and underscores.</summary>
    public virtual IReadOnlyList<string> YamlAliases => [];

    /// <summary>How a YAML error message names an item of this kind ("een poll").</summary>
    public abstract string DutchDescription { get; }

    /// <summary>The item fields only this kind has (e.g. "options"); other kinds are told they don't belong.</summary>
    public virtual IReadOnlyList<string> OwnFields => [];

    /// <summary>
    /// Reads the fields this kind owns, reporting problems through <paramref name="yaml"/> now, and returns what puts
    /// their values on the item once the common fields are read.
    /// </summary>
    internal virtual Func<ProgrammeItem, ProgrammeItem> ReadOwnFields(ItemYaml yaml) => item => item;

    /// <summary>A question takes answers: it opens when posted and needs its question in <c>text</c>.</summary>
    public virtual bool IsQuestion => false;

    /// <summary>The Adaptive Card template the edge renders the item with.</summary>
    public abstract string CardTemplate { get; }

    /// <summary>The line under a question when the programme gives no <c>prompt</c>.</summary>
    public virtual string Hint(ProgrammeItem item, Phrases say) => say.AnswerInChat;

    /// <summary>Whether answers name options (a poll), so chat text and card values are read as choices.</summary>
    public virtual bool TakesChoices => false;

    /// <summary>The summary of a closed question; null for items that take no answers.</summary>
    public virtual Task<ItemSummary?> SummarizeAsync(ItemSummaryInput input, CancellationToken ct) =>
        Task.FromResult<ItemSummary?>(null);

    public IEnumerable<string> AllYamlNames => [YamlName, .. YamlAliases];
}
