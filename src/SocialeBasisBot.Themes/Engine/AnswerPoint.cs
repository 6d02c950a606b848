using SocialeBasisBot.Themes.Features;

namespace SocialeBasisBot.Themes.Engine;

/// <summary>An answer (or a centroid, or a theme description) in the combined space: sentence embedding + TF-IDF.</summary>
public sealed record AnswerPoint(float[]? Embedding, SparseVector TfIdf);
