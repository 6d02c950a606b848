using Microsoft.ML.Data;

namespace SocialeBasisBot.Themes.OffTopic;

/// <summary>One line as ML.NET reads it (mutable properties: ML.NET fills and reads rows by reflection).</summary>
internal sealed class OffTopicRow
{
    public string Text { get; set; } = "";

    public bool Label { get; set; }

    [VectorType(OffTopicSignals.Count)]
    public float[] Signals { get; set; } = [];
}
