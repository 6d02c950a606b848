using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Programme;

/// <summary>Configuration section "Programmes".</summary>
public sealed class ProgrammeOptions
{
    public const string SectionName = "Programmes";

    /// <summary>
    /// Folder with the programme files. A relative path is looked up next to the app (AppContext.BaseDirectory)
    /// first, then under the content root.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string Folder { get; set; } = "dialogs";

    /// <summary>Programme id that "start" without a name runs; empty means the first programme by id.</summary>
    public string? Default { get; set; } = "sociale-basis";
}
