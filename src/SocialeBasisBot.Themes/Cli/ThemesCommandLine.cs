using System.CommandLine;

namespace SocialeBasisBot.Themes.Cli;

/// <summary>The <c>themes</c> command's options (System.CommandLine), shared by its own parser and the host's root command.</summary>
public sealed class ThemesCommandLine
{
    public Option<string> Input { get; } = new("--input") { Description = "antwoorden als JSON lines of CSV (kolommen id en text)", HelpName = "antwoorden.jsonl|.csv" };

    public Option<string> Evaluate { get; } = new("--evaluate") { Description = "scoort de thema's tegen een bestand met id, text en label (V-measure, ARI, off-topic precisie en recall; label off-topic = geen antwoord) en eventueel label2, het thema van een tweede idee (tweede thema precisie en recall)", HelpName = "gelabeld.jsonl|.csv" };

    public Option<string> Programme { get; } = new("--programme", "--program") { Description = "programmabestand met de verwachte thema's", HelpName = "dialogs/programma.yaml" };

    public Option<string> Question { get; } = new("--question") { Description = "id van de open vraag in het programma", HelpName = "vraag-id" };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "json (standaard) of md",
        HelpName = "json|md",
        DefaultValueFactory = _ => "json",
        CustomParser = r => r.Tokens.Count == 0 ? null : r.Tokens[0].Value.ToLowerInvariant() switch
        {
            "json" => "json",
            "md" or "markdown" => "md",
            _ => ParseProblems.Reject<string>(r, $"Onbekend formaat '{r.Tokens[0].Value}': kies json of md."),
        },
    };

    public Option<string> Output { get; } = new("--output") { Description = "bestand voor het resultaat (standaard: de console)", HelpName = "bestand" };

    public Option<bool> Help { get; } = new("--help", "-h") { Description = "deze uitleg" };

    public Command Command { get; }

    public string Usage => UsageText.For(Command,
        "themes --input <antwoorden.jsonl|.csv> | --evaluate <gelabeld.jsonl|.csv> [--programme <dialogs/programma.yaml> --question <vraag-id>] [--format json|md] [--output <bestand>]");

    public ThemesCommandLine()
    {
        Command = new Command("themes", "groepeert antwoorden in thema's, zoals de bot bij 'sluit'")
        {
            Input, Evaluate, Programme, Question, Format, Output, Help,
        };
    }
}
