using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SocialeBasisBot.Demo;

/// <summary>
/// Reads a demo transcript (demo/transcript.yaml). The node model keeps line numbers, so every mistake is reported
/// as "file:line: reason" and all mistakes are reported at once.
/// </summary>
public static class DemoTranscriptReader
{
    private static readonly string[] RootKeys = ["title", "conversation", "facilitator", "people", "steps"];
    private static readonly string[] KindKeys = ["botAdded", "command", "from", "edit", "delete", "resend", "pause"];
    private static readonly string[] StepKeys = ["botAdded", "command", "by", "expect", "from", "text", "mention", "card", "choices", "ref", "edit", "delete", "resend", "pause"];

    public static DemoTranscript Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DemoTranscriptException($"{path}: het transcript kan niet worden gelezen: {ex.Message}", ex);
        }

        return Parse(path, text);
    }

    public static DemoTranscript Parse(string path, string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new DemoTranscriptException($"{path}:{ex.Start.Line}: geen geldige YAML: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this without a position on some unclosed constructs.
            throw new DemoTranscriptException($"{path}: geen geldige YAML (iets is niet afgesloten, zoals een [ of een aanhalingsteken): {ex.Message}", ex);
        }

        var errors = new List<string>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new DemoTranscriptException($"{path}:1: het transcript moet een lijst van sleutels zijn (title, people, steps…).");
        }

        void Error(YamlNode node, string reason) => errors.Add($"{path}:{node.Start.Line}: {reason}");

        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>().Where(k => !RootKeys.Contains(k.Value)))
        {
            Error(key, $"onbekende sleutel '{key.Value}'; verwacht: {string.Join(", ", RootKeys)}.");
        }

        var title = Scalar(root, "title") ?? "Demo-webinar";
        var conversation = Scalar(root, "conversation") ?? "19:demo-webinar@thread.v2";
        var people = ReadPeople(root, Error);
        var facilitator = Scalar(root, "facilitator");
        if (facilitator is null)
        {
            Error(root, "'facilitator' ontbreekt: wie leidt de sessie (een sleutel uit people)?");
        }
        else if (!people.ContainsKey(facilitator))
        {
            Error(root["facilitator"], $"de begeleider '{facilitator}' staat niet onder people.");
        }

        var steps = ReadSteps(root, people, facilitator ?? "", Error);
        if (errors.Count > 0)
        {
            throw new DemoTranscriptException(errors);
        }

        return new DemoTranscript(path, title, conversation, facilitator!, people, steps);
    }

    private static Dictionary<string, DemoPerson> ReadPeople(YamlMappingNode root, Action<YamlNode, string> error)
    {
        var people = new Dictionary<string, DemoPerson>(StringComparer.Ordinal);
        if (!root.Children.TryGetValue("people", out var node) || node is not YamlMappingNode map || map.Children.Count == 0)
        {
            error(root.Children.TryGetValue("people", out var bad) ? bad : root,
                "'people' moet de deelnemers noemen als 'sleutel: Naam', bijvoorbeeld 'ahmed: Ahmed El Amrani'.");
            return people;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (valueNode is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                error(valueNode, $"'{key}' heeft geen naam.");
                continue;
            }

            people[key] = new DemoPerson(key, name, "29:demo-" + key, StableGuid(key));
        }

        return people;
    }

    private static List<DemoStep> ReadSteps(
        YamlMappingNode root, Dictionary<string, DemoPerson> people, string facilitator, Action<YamlNode, string> error)
    {
        var steps = new List<DemoStep>();
        if (!root.Children.TryGetValue("steps", out var node) || node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            error(root.Children.TryGetValue("steps", out var bad) ? bad : root, "'steps' moet een lijst met stappen zijn.");
            return steps;
        }

        var refs = new Dictionary<string, DemoStep>(StringComparer.Ordinal);
        foreach (var stepNode in sequence.Children)
        {
            if (stepNode is not YamlMappingNode step)
            {
                error(stepNode, "een stap moet sleutels hebben, bijvoorbeeld 'from: ahmed' en 'text: …'.");
                continue;
            }

            var parsed = ReadStep(step, people, facilitator, refs, error);
            if (parsed is null)
            {
                continue;
            }

            if (parsed.Kind is DemoStepKind.Message or DemoStepKind.CardSubmit && parsed.Ref is { } name)
            {
                if (!refs.TryAdd(name, parsed))
                {
                    error(step, $"de naam '{name}' (ref) is al gebruikt.");
                }
            }

            steps.Add(parsed);
        }

        return steps;
    }

    private static DemoStep? ReadStep(
        YamlMappingNode step, Dictionary<string, DemoPerson> people, string facilitator,
        Dictionary<string, DemoStep> refs, Action<YamlNode, string> error)
    {
        var line = (int)step.Start.Line;
        foreach (var key in step.Children.Keys.OfType<YamlScalarNode>().Where(k => !StepKeys.Contains(k.Value)))
        {
            error(key, $"onbekende sleutel '{key.Value}' in een stap; verwacht: {string.Join(", ", StepKeys)}.");
        }

        var kinds = KindKeys.Where(k => step.Children.ContainsKey(k)).ToList();
        if (kinds.Count != 1)
        {
            error(step, "een stap heeft precies één van botAdded, command, from, edit, delete, resend of pause.");
            return null;
        }

        string Person(string key)
        {
            var who = Scalar(step, key) ?? "";
            if (!people.ContainsKey(who))
            {
                error(step[key], $"'{who}' staat niet onder people.");
            }

            return who;
        }

        string RequiredText()
        {
            var text = Scalar(step, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                error(step, "deze stap heeft een 'text' nodig.");
            }

            return text ?? "";
        }

        switch (kinds[0])
        {
            case "botAdded":
                return new DemoStep(line, DemoStepKind.BotAdded, Person("botAdded"));
            case "command":
                var by = step.Children.ContainsKey("by") ? Person("by") : facilitator;
                return new DemoStep(line, DemoStepKind.Command, by, Scalar(step, "command") ?? "", Mention: true, Expect: Scalar(step, "expect"));
            case "from":
                var from = Person("from");
                var choices = Choices(step);
                var card = Flag(step, "card", error) || choices.Length > 0;
                var text = choices.Length > 0 ? Scalar(step, "text") ?? "" : RequiredText();
                return new DemoStep(line, card ? DemoStepKind.CardSubmit : DemoStepKind.Message, from, text,
                    Mention: Flag(step, "mention", error), Ref: Scalar(step, "ref"), Choices: choices);
            case "edit" or "delete" or "resend":
                var name = Scalar(step, kinds[0]) ?? "";
                if (!refs.TryGetValue(name, out var original))
                {
                    error(step[kinds[0]], $"er is eerder geen bericht met ref '{name}'.");
                    return null;
                }

                return kinds[0] switch
                {
                    "edit" => new DemoStep(line, DemoStepKind.Edit, original.Person, RequiredText(), Ref: name),
                    "delete" => new DemoStep(line, DemoStepKind.Delete, original.Person, original.Text, Ref: name),
                    _ => new DemoStep(line, DemoStepKind.Resend, original.Person, original.Text, Ref: name),
                };
            default:
                if (!double.TryParse(Scalar(step, "pause"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
                    || seconds is < 0 or > 30)
                {
                    error(step["pause"], "'pause' is een aantal seconden tussen 0 en 30, bijvoorbeeld 'pause: 1.5'.");
                    return null;
                }

                return new DemoStep(line, DemoStepKind.Pause, Pause: TimeSpan.FromSeconds(seconds));
        }
    }

    private static bool Flag(YamlMappingNode step, string key, Action<YamlNode, string> error)
    {
        var value = Scalar(step, key);
        if (value is null)
        {
            return false;
        }

        if (!bool.TryParse(value, out var flag))
        {
            error(step[key], $"'{key}' is true of false.");
        }

        return flag;
    }

    /// <summary>Poll choices as "A, C" or as a YAML list [A, C].</summary>
    private static string[] Choices(YamlMappingNode step) => step.Children.TryGetValue("choices", out var node) switch
    {
        false => [],
        true when node is YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(c => c.Value ?? "").Where(c => c.Length > 0).ToArray(),
        _ => ((node as YamlScalarNode)?.Value ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    /// <summary>The same person gets the same Entra object id in every run, like a real account.</summary>
    private static string StableGuid(string key) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("sociale-basis-demo:" + key)).AsSpan(0, 16)).ToString("D");
}
