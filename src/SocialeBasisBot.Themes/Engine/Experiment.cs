using System.Globalization;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>Session 6 experiment switches (issue 10 point 7), read from the environment; never in the engine's defaults.</summary>
internal static class Experiment
{
    public static double Number(string name, double fallback) =>
        Environment.GetEnvironmentVariable("SBB_X_" + name) is { Length: > 0 } s ? double.Parse(s, CultureInfo.InvariantCulture) : fallback;

    public static bool On(string name) => Number(name, 0) != 0;
}
