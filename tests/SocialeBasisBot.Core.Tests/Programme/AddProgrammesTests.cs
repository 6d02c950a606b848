using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialeBasisBot.Programme;

namespace SocialeBasisBot.Core.Tests.Programme;

/// <summary>The host loads programmes at start-up; a bad file stops start-up with file, line and reason.</summary>
public sealed class AddProgrammesTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Host_starts_with_the_real_dialogs_folder_and_offers_the_catalog()
    {
        using var host = BuildHost(new() { ["Programmes:Folder"] = RepositoryFiles.DialogsFolder });

        await host.StartAsync();
        var catalog = host.Services.GetRequiredService<ProgrammeCatalog>();
        await host.StopAsync();

        Assert.Equal("sociale-basis", catalog.Default.Id);
        Assert.NotNull(catalog.Find("buurtkracht-workshop"));
    }

    [Fact]
    public async Task Relative_folder_is_resolved_against_the_content_root()
    {
        // A name that does not exist next to the test assembly, so only the content root can match.
        var programmes = Path.Combine(folder.Path, "programmas-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(programmes);
        File.Copy(RepositoryFiles.Dialog("buurtkracht-workshop.yaml"), Path.Combine(programmes, "workshop.yaml"));
        using var host = BuildHost(
            new() { ["Programmes:Folder"] = Path.GetFileName(programmes), ["Programmes:Default"] = "" },
            contentRoot: folder.Path);

        await host.StartAsync();
        var catalog = host.Services.GetRequiredService<ProgrammeCatalog>();
        await host.StopAsync();

        Assert.Equal(["buurtkracht-workshop"], catalog.Ids);
    }

    [Fact]
    public async Task Invalid_programme_file_stops_start_up_with_file_line_and_reason()
    {
        var path = folder.Write("kapot.yaml", "id: kapot\ntitle: Kapot\nitems:\n  - id: q1\n    kind: openQuestion\n    title: Vraag\n");
        using var host = BuildHost(new() { ["Programmes:Folder"] = folder.Path, ["Programmes:Default"] = "" });

        var ex = await Assert.ThrowsAsync<ProgrammeValidationException>(() => host.StartAsync());

        Assert.Contains($"{path}, regel 4, kolom 5: Onderdeel 'q1' is een vraag maar heeft geen 'text'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_folder_setting_fails_options_validation_at_start_up()
    {
        using var host = BuildHost(new() { ["Programmes:Folder"] = "" });

        var ex = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Folder", ex.Message, StringComparison.Ordinal);
    }

    private IHost BuildHost(Dictionary<string, string?> settings, string? contentRoot = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot ?? folder.Path,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddProgrammes();
        return builder.Build();
    }
}
