using System.Text.Json;

namespace SocialeBasisBot.Benchmarks.Data;

/// <summary>Reads the shared benchmark data: the dev chat answers and SIB-200 Dutch.</summary>
public static class Datasets
{
    private static readonly string[] SibFiles = ["train.tsv", "dev.tsv", "test.tsv"];

    public static List<LabelledAnswer> DevAnswers(string path) =>
        File.ReadLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(l =>
            {
                using var doc = JsonDocument.Parse(l);
                var r = doc.RootElement;
                return new LabelledAnswer(r.GetProperty("id").GetString()!, r.GetProperty("question").GetString()!,
                    r.GetProperty("text").GetString()!, r.GetProperty("label").GetString()!,
                    r.TryGetProperty("label2", out var second) && second.ValueKind == JsonValueKind.String ? second.GetString() : null);
            })
            .ToList();

    /// <summary>All sentences of train, dev and test (1004), with their topic.</summary>
    public static List<LabelledAnswer> Sib200(string folder) =>
        SibFiles
            .SelectMany(file => File.ReadLines(Path.Combine(folder, file)).Skip(1)
                .Select(l => l.Split('\t'))
                .Where(p => p.Length >= 3)
                .Select(p => new LabelledAnswer($"{file}-{p[0]}", "sib200", p[2], p[1])))
            .ToList();
}
