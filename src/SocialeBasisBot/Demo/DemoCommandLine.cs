using System.CommandLine;
using SocialeBasisBot.Themes.Cli;

namespace SocialeBasisBot.Demo;

/// <summary>The <c>demo</c> command's options (System.CommandLine), shared by <see cref="DemoOptions.Parse"/> and the host's root command.</summary>
public sealed class DemoCommandLine
{
    public Option<string> Out { get; } = new("--out") { Description = "waar de exportbestanden komen (standaard: ./demo-output/<tijdstip>)", HelpName = "map" };

    public Option<bool> Fast { get; } = new("--fast") { Description = "zonder pauzes tussen de berichten" };

    public Option<string> Transcript { get; } = new("--transcript") { Description = "een ander script dan demo/transcript.yaml", HelpName = "bestand" };

    public Option<bool> Help { get; } = new("--help", "-h", "help") { Description = "deze uitleg" };

    public Command Command { get; }

    public string Usage => UsageText.For(Command, "dotnet run --project src/SocialeBasisBot -- demo [--out <map>] [--fast] [--transcript <bestand>]");

    public DemoCommandLine()
    {
        Command = new Command("demo", "speelt een webinar na zonder Teams") { Out, Fast, Transcript, Help };
    }
}
