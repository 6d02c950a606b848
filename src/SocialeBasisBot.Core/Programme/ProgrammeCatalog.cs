namespace SocialeBasisBot.Programme;

/// <summary>The programmes the bot can run, by id (case-insensitive), as loaded from the programme folder.</summary>
public sealed class ProgrammeCatalog
{
    private readonly Dictionary<string, WebinarProgramme> byId;

    /// <param name="programmes">Programmes with distinct ids.</param>
    /// <param name="defaultId">Programme that "start" without a name runs; null: the only one, or the first by id.</param>
    public ProgrammeCatalog(IEnumerable<WebinarProgramme> programmes, string? defaultId = null)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        byId = new Dictionary<string, WebinarProgramme>(StringComparer.OrdinalIgnoreCase);
        foreach (var programme in programmes)
        {
            if (!byId.TryAdd(programme.Id, programme))
            {
                throw new ArgumentException($"Programme id '{programme.Id}' occurs twice.", nameof(programmes));
            }
        }

        All = [.. byId.Values.OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase)];
        if (All.Count == 0)
        {
            throw new ArgumentException("A catalog needs at least one programme.", nameof(programmes));
        }

        if (string.IsNullOrWhiteSpace(defaultId))
        {
            Default = All[0];
        }
        else
        {
            Default = Find(defaultId) ?? throw new ArgumentException(
                $"Default programme '{defaultId}' is not among the loaded programmes ({string.Join(", ", Ids)}).",
                nameof(defaultId));
        }
    }

    /// <summary>All programmes, sorted by id: the list for "help" and for an unknown programme name.</summary>
    public IReadOnlyList<WebinarProgramme> All { get; }

    public IEnumerable<string> Ids => All.Select(p => p.Id);

    /// <summary>The programme that "start" runs when no name is given.</summary>
    public WebinarProgramme Default { get; }

    public WebinarProgramme? Find(string id) => byId.GetValueOrDefault(id.Trim());

    /// <summary>Loads every programme file in a folder; throws <see cref="ProgrammeValidationException"/> on any problem.</summary>
    public static ProgrammeCatalog LoadFolder(string folder, string? defaultId = null)
    {
        var programmes = ProgrammeLoader.LoadFolder(folder);
        if (!string.IsNullOrWhiteSpace(defaultId)
            && !programmes.Any(p => string.Equals(p.Id, defaultId, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ProgrammeValidationException(
            [
                new ProgrammeValidationError
                {
                    File = folder,
                    Reason = $"Het standaardprogramma '{defaultId}' (instelling Programmes:Default) staat niet in deze " +
                             $"map. Beschikbaar: {string.Join(", ", programmes.Select(p => p.Id))}.",
                },
            ]);
        }

        return new ProgrammeCatalog(programmes, defaultId);
    }
}
