namespace SocialeBasisBot.Themes.Configuration;

/// <summary>Which kNN graph spectral clustering cuts (setting Themes:SpectralGraph, case-insensitive).</summary>
public enum SpectralGraph
{
    /// <summary>
    /// Three graphs averaged (default): the embedding's, the TF-IDF's and the combined similarity's, each with its own
    /// nearest neighbours and normalised on its own; an answer close to another in only one view still has an edge.
    /// </summary>
    Views,

    /// <summary>One graph on the combined similarity (before session 6).</summary>
    Combined,
}
