namespace SocialeBasisBot.Themes.Configuration;

/// <summary>A BERT-style sentence-embedding model the organisation supplies (model.onnx + vocab.txt, mean pooling).</summary>
public sealed class OnnxEmbeddingOptions
{
    public string? ModelPath { get; set; }
    public string? VocabularyPath { get; set; }
}
