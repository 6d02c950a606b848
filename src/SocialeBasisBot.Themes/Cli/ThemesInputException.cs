namespace SocialeBasisBot.Themes.Cli;

/// <summary>A problem with the command line or the input file, with a message meant for the person running it.</summary>
public sealed class ThemesInputException(string message) : Exception(message);
