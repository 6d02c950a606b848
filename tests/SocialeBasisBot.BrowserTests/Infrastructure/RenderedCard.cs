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
    /// <summary>Texts the card cuts off with an ellipsis because they do not fit on one line.</summary>
    public required IReadOnlyList<string> Clipped { get; init; }
    /// <summary>Left edge in pixels of each text block of each ColumnSet, as <see cref="Rows"/> lists their texts.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> RowLefts { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    public required string Screenshot { get; init; }

    /// <summary>The visible text with every run of white space made one space, for comparing with source text.</summary>
    public string Text => Flat(VisibleText);

    /// <summary>Texts of the card's text blocks, each flattened.</summary>
    public IReadOnlyList<string> TextBlocks => Dom.QuerySelectorAll(".ac-textBlock").Select(e => Flat(e.TextContent)).ToList();

    /// <summary>Each ColumnSet as the texts of its text blocks, left to right (e.g. a theme label and its count).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => Dom.QuerySelectorAll(".ac-columnSet")
        .Select(row => (IReadOnlyList<string>)row.QuerySelectorAll(".ac-textBlock").Select(e => Flat(e.TextContent)).ToList())
        .ToList();

    /// <summary>Elements that participant text must never turn into: links, emphasis, headings, scripts, images, frames.</summary>
    public IReadOnlyList<string> MarkupFromText => Dom.QuerySelectorAll(".ac-textBlock a, .ac-textBlock strong, .ac-textBlock em, .ac-textBlock b, .ac-textBlock i, .ac-textBlock h1, .ac-textBlock h2, .ac-textBlock h3, .ac-textBlock code, .ac-textBlock img, script, iframe, object, embed")
        .Select(e => e.OuterHtml)
        .ToList();

    /// <summary>Titles of the card's buttons (actions), in order.</summary>
    public IReadOnlyList<string> Buttons => Dom.QuerySelectorAll("button.ac-pushButton").Select(b => Flat(b.TextContent)).ToList();

    public static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
