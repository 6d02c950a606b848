using System.Text;
using Markdig;
using SocialeBasisBot.Exports;
using SocialeBasisBot.Exports.Formats;

namespace SocialeBasisBot.Core.Tests.Exports;

public class MarkdownExportTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static async Task<string> MarkdownAsync()
    {
        var input = await ExportFixture.InputAsync(ExportFixture.MaliciousAnswers());
        var file = ExportFixture.Exporter().Export(input, new ExportFileSpec(ExportFormats.SummaryMarkdown));
        Assert.Equal(("samenvatting.md", "text/markdown; charset=utf-8"), (file.FileName, file.ContentType));
        return Encoding.UTF8.GetString(file.Content);
    }

    [Fact]
    public async Task A_malicious_answer_renders_as_plain_text()
    {
        var markdown = await MarkdownAsync();
        var html = Markdown.ToHtml(markdown, Pipeline);

        // Rendered by a real Markdown engine: no script, no bold, no link, no extra table, no heading from the answer.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<strong>vet</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1 id=\"kop", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<table"));   // only the poll's table
        // …and the reader sees exactly what the participant typed.
        var text = Markdown.ToPlainText(markdown, Pipeline);
        Assert.Contains("Persoonlijk " + ExportFixture.Malicious, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lines_of_a_quote_cannot_start_lists()
    {
        var html = Markdown.ToHtml(await MarkdownAsync(), Pipeline);

        Assert.DoesNotContain("<li>lijstje", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol", html, StringComparison.Ordinal);
        Assert.Contains("- lijstje", html, StringComparison.Ordinal);
        Assert.Contains("1. genummerd", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Has_the_blocks_themes_counts_quotes_and_poll()
    {
        var markdown = await MarkdownAsync();

        Assert.StartsWith("# Samenvatting: De sociale basis in de wijk\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Steun en ruimte voor vrijwillige inzet", markdown, StringComparison.Ordinal);
        Assert.Contains("## Mensen vragen & uitnodigen", markdown, StringComparison.Ordinal);
        Assert.Contains("## Algemeen", markdown, StringComparison.Ordinal);
        Assert.Contains("- **Waardering** (2 antwoorden)", markdown, StringComparison.Ordinal);
        Assert.Contains("  > Een bedankje van de gemeente; dat zou fijn zijn", markdown, StringComparison.Ordinal);
        Assert.Contains("Overig: 2 antwoorden · buiten het onderwerp: 1 antwoord.", markdown, StringComparison.Ordinal);
        Assert.Contains("| A: Eigen ruimte | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("_Te weinig antwoorden om thema's te maken", markdown, StringComparison.Ordinal);
        Assert.Contains("28 november 2026 om 15:00", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("**vet**", "\\*\\*vet\\*\\*")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("<b>", "\\<b\\>")]
    [InlineData("# kop", "\\# kop")]
    [InlineData("- punt", "\\- punt")]
    [InlineData("12. punt", "12\\. punt")]
    [InlineData("[x](y)", "\\[x\\](y)")]
    [InlineData("`code` _schuin_ ~weg~", "\\`code\\` \\_schuin\\_ \\~weg\\~")]
    [InlineData("twee\nregels", "twee regels")]
    [InlineData("café 1-2", "café 1-2")]
    [InlineData("A & B &amp; &#60;", "A & B \\&amp; &\\#60;")]
    [InlineData("zie https://x.nl en WWW.y.nl", "zie https\\://x.nl en WWW\\.y.nl")]
    public void Inline_escapes(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Inline(text));
    }
}
