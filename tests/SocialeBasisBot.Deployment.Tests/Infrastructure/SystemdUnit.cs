namespace SocialeBasisBot.Deployment.Tests.Infrastructure;

/// <summary>A systemd unit file read the way systemd reads the parts the tests need: sections, keys, quoted Environment.</summary>
public sealed class SystemdUnit
{
    private readonly List<(string Section, string Key, string Value)> entries;
    private readonly List<string> commentedEnvironment;

    private SystemdUnit(List<(string, string, string)> entries, List<string> commentedEnvironment)
    {
        this.entries = entries;
        this.commentedEnvironment = commentedEnvironment;
    }

    public static SystemdUnit Read(string path)
    {
        var entries = new List<(string, string, string)>();
        var commented = new List<string>();
        var section = "";
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.StartsWith("#Environment=", StringComparison.Ordinal))
                commented.Add(line["#Environment=".Length..]);
            if (line.Length == 0 || line[0] is '#' or ';')
                continue;
            if (line[0] == '[')
            {
                section = line.Trim('[', ']');
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                throw new InvalidDataException($"{path}:{lineNumber}: expected Key=Value, got '{line}'.");
            entries.Add((section, line[..eq].Trim(), line[(eq + 1)..].Trim()));
        }

        return new SystemdUnit(entries, commented);
    }

    public IEnumerable<string> Values(string section, string key) =>
        entries.Where(e => e.Section == section && e.Key == key).Select(e => e.Value);

    public string? Value(string section, string key) => Values(section, key).LastOrDefault();

    /// <summary>Environment= assignments of [Service]; one assignment per line, optionally in double quotes.</summary>
    public Dictionary<string, string> Environment() => Assignments(Values("Service", "Environment"));

    /// <summary>The documented alternative: "#Environment=..." lines an operator uncomments (e.g. PostgreSQL).</summary>
    public Dictionary<string, string> CommentedEnvironment() => Assignments(commentedEnvironment);

    private static Dictionary<string, string> Assignments(IEnumerable<string> values)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var assignment = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
            var eq = assignment.IndexOf('=', StringComparison.Ordinal);
            result[assignment[..eq]] = assignment[(eq + 1)..];
        }

        return result;
    }
}
