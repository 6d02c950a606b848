namespace SocialeBasisBot.Programme;

// Placeholder until the programme loader lands; replaced on merge.
public sealed class ProgrammeCatalog(IEnumerable<WebinarProgramme> programmes)
{
    public IReadOnlyList<WebinarProgramme> All { get; } = programmes.ToList();

    public IEnumerable<string> Ids => All.Select(p => p.Id);

    public WebinarProgramme Default => All[0];

    public WebinarProgramme? Find(string id) =>
        All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}
