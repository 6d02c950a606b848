using System.CommandLine;
using System.CommandLine.Parsing;

namespace SocialeBasisBot.Themes.Cli;

/// <summary>
/// The first problem of a System.CommandLine parse, in the Dutch every command of this solution speaks
/// (System.CommandLine ships no Dutch messages), for the host's <c>themes</c> and <c>demo</c> and the benchmarks.
/// </summary>
public static class ParseProblems
{
    /// <returns>Null when the command line parsed cleanly.</returns>
    public static string? Describe(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        // System.CommandLine lets "--input --format" take "--format" as the value; an option's name is never a value here.
        foreach (var option in result.CommandResult.Children.OfType<OptionResult>())
            if (option.Tokens.Any(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
                return $"{option.IdentifierToken?.Value ?? option.Option.Name} heeft een waarde nodig.";
        if (result.UnmatchedTokens.Count > 0) return $"Onbekende optie '{result.UnmatchedTokens[0]}'.";
        foreach (var error in result.Errors)
        {
            var option = error.SymbolResult as OptionResult ?? (error.SymbolResult as ArgumentResult)?.Parent as OptionResult;
            if (option is { Tokens.Count: 0 }) return $"{option.IdentifierToken?.Value ?? option.Option.Name} heeft een waarde nodig.";
        }
        return result.Errors.Count > 0 ? result.Errors[0].Message : null;
    }

    /// <summary>A value the option's parser rejects, with a message in the command's own words.</summary>
    public static T? Reject<T>(ArgumentResult result, string message)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.AddError(message);
        return default;
    }
}
