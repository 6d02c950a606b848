namespace SocialeBasisBot.Themes.Configuration;

/// <summary>A BERT-style sentence-embedding model the organisation supplies (model.onnx + vocab.txt, mean pooling).</summary>
public sealed class OnnxEmbeddingOptions
{
    public string? ModelPath { get; set; }
    public string? VocabularyPath { get; set; }
    /// <summary>Lower-case input before WordPiece (true for uncased models).</summary>
    public bool Lowercase { get; set; } = true;
}
