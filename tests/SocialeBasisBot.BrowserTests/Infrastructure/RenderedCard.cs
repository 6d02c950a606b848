using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>A card as Chromium rendered it: the DOM the renderer built, the text a person sees, its size and a PNG.</summary>
public sealed partial record RenderedCard
{
    public required bool Rendered { get; init; }
    /// <summary>Parse and validation messages of the renderer (unknown elements, bad values, duplicate ids…).</summary>
    public required IReadOnlyList<string> Errors { get; init; }
    public required IDocument Dom { get; init; }
    /// <summary>innerText of the card: what is visible, as a person would copy it.</summary>
    public required string VisibleText { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    public required string Screenshot { get; init; }

    /// <summary>The visible text with every run of white space made one space, for comparing with source text.</summary>
    public string Text => Flat(VisibleText);

    /// <summary>Texts of the card's text blocks, each flattened.</summary>
    public IReadOnlyList<string> TextBlocks => Dom.QuerySelectorAll(".ac-textBlock").Select(e => Flat(e.TextContent)).ToList();

    /// <summary>Titles of the card's buttons (actions), in order.</summary>
    public IReadOnlyList<string> Buttons => Dom.QuerySelectorAll("button.ac-pushButton").Select(b => Flat(b.TextContent)).ToList();

    public static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
