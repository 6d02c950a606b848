namespace SocialeBasisBot.Themes.Configuration;

/// <summary>How emergent themes are clustered (setting Themes:Clustering).</summary>
public enum ClusteringAlgorithm
{
    /// <summary>Spectral clustering on a kNN graph (default).</summary>
    Spectral,

    /// <summary>Ward's hierarchical clustering (NN-chain).</summary>
    Ward,
}
