using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Core.Tests.Programme;

/// <summary>Organisers add a programme by dropping a file in the folder; the real dialogs/ folder loads.</summary>
public sealed class ProgrammeFolderTests : IDisposable
{
    private const string Minimal = "title: T\nitems:\n  - id: a\n    kind: information\n    title: A\n";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Real_dialogs_folder_loads_both_programmes()
    {
        var catalog = ProgrammeCatalog.LoadFolder(RepositoryFiles.DialogsFolder, "sociale-basis");

        Assert.Equal(["buurtkracht-workshop", "sociale-basis"], catalog.Ids);
        Assert.Equal("sociale-basis", catalog.Default.Id);
    }

    [Fact]
    public void Second_programme_proves_the_format_is_general()
    {
        var workshop = ProgrammeLoader.LoadFile(RepositoryFiles.Dialog("buurtkracht-workshop.yaml"));

        Assert.Equal("buurtkracht-workshop", workshop.Id);
        Assert.Equal(
            [ProgrammeItemKind.Information, ProgrammeItemKind.Information, ProgrammeItemKind.OpenQuestion, ProgrammeItemKind.Poll, ProgrammeItemKind.Information],
            workshop.Items.Select(i => i.Kind));
        var question = workshop.FindItem("wat-zie-jij")!;
        Assert.Empty(question.ExpectedThemes);
        Assert.Equal(["buurtkracht"], question.BuildingBlocks);
        var poll = workshop.FindItem("eerste-stap")!;
        Assert.False(poll.MultipleChoice);
        Assert.Equal(["kaart", "vieren", "vragen"], poll.Options.Select(o => o.Id));
        Assert.Equal(workshop.FindBuildingBlock("buurtkracht")!.Theory, workshop.FindItem("buurtkracht-uitleg")!.Bullets);
    }

    [Fact]
    public void Example_in_the_organisers_readme_is_a_valid_programme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.DialogsFolder, "README.md"));
        var start = readme.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var yaml = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var example = ProgrammeLoader.Parse(yaml, "README.md");

        Assert.Equal(["intro", "bouwsteen-theorie", "q1", "checklist"], example.Items.Select(i => i.Id));
        Assert.Equal(["punt", "punt"], example.FindItem("bouwsteen-theorie")!.Bullets);
        Assert.True(example.FindItem("checklist")!.MultipleChoice);
    }

    [Fact]
    public void A_dropped_in_file_becomes_a_programme_without_code()
    {
        folder.Write("eerste.yaml", "id: eerste\n" + Minimal);
        folder.Write("tweede.yml", "id: Tweede\n" + Minimal);
        folder.Write("notities.txt", "geen programma");

        var catalog = ProgrammeCatalog.LoadFolder(folder.Path);

        Assert.Equal(["eerste", "Tweede"], catalog.Ids);
        Assert.Same(catalog.Find("TWEEDE"), catalog.Find(" tweede "));
        Assert.Null(catalog.Find("derde"));
        Assert.Equal("eerste", catalog.Default.Id);
    }

    [Fact]
    public void Problems_in_several_files_are_reported_together()
    {
        var goed = folder.Write("a-goed.yaml", "id: goed\n" + Minimal);
        var fout1 = folder.Write("b-fout.yaml", "id: fout\ntitle: T\nitems:\n  - id: a\n    kind: dia\n    title: A\n");
        var fout2 = folder.Write("c-fout.yaml", "id: ook-fout\ntitle: T\nitems: []\nextra: 1\n");

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.LoadFolder(folder.Path));

        Assert.DoesNotContain(ex.Errors, e => e.File == goed);
        Assert.Contains(ex.Errors, e => e.File == fout1 && e.Line == 5 && e.Reason.Contains("Onbekende soort 'dia'", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.File == fout2 && e.Line == 4 && e.Reason.Contains("Onbekende sleutel 'extra'", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_files_with_the_same_programme_id_are_an_error()
    {
        var first = folder.Write("a.yaml", "id: webinar\n" + Minimal);
        var second = folder.Write("b.yaml", "# kopie\nid: Webinar\n" + Minimal);

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.LoadFolder(folder.Path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(second, error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains($"Programma-id 'Webinar' wordt ook al gebruikt in {first}", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_or_missing_folder_is_an_error()
    {
        var empty = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.LoadFolder(folder.Path));
        Assert.Contains("Er staan geen programmabestanden (.yaml) in deze map", empty.Message, StringComparison.Ordinal);

        var missing = Path.Combine(folder.Path, "bestaat-niet");
        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeLoader.LoadFolder(missing));
        Assert.Equal(missing, Assert.Single(ex.Errors).File);
    }

    [Fact]
    public void Unknown_default_programme_is_an_error_that_lists_the_available_ones()
    {
        folder.Write("eerste.yaml", "id: eerste\n" + Minimal);

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeCatalog.LoadFolder(folder.Path, "sociale-basis"));

        Assert.Contains("Het standaardprogramma 'sociale-basis'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Beschikbaar: eerste.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_folder_is_found_under_the_content_root_when_not_next_to_the_app()
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, "mijn-programmas"));

        Assert.Equal(Path.Combine(folder.Path, "mijn-programmas"), ProgrammeFolderResolver.Resolve("mijn-programmas", folder.Path));

        var ex = Assert.Throws<ProgrammeValidationException>(() => ProgrammeFolderResolver.Resolve("nergens", folder.Path));
        Assert.Contains(AppContext.BaseDirectory, ex.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(folder.Path, "nergens"), ex.Message, StringComparison.Ordinal);
    }
}
