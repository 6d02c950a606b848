using System.Text;

namespace SocialeBasisBot.Exports.Formats;

/// <summary>The session summary as Markdown, to paste into a report.</summary>
public sealed class SummaryMarkdownFormat : ExportFormat
{
    public override string FileName(bool includeNames) => "samenvatting.md";

    public override string ContentType => "text/markdown; charset=utf-8";

    public override string DutchLabel => "Samenvatting (Markdown)";

    public override string EnglishLabel => "Summary (Markdown)";

    public override bool HoldsAnswers => false;

    public override byte[] Write(SessionExportInput input, bool includeNames, TimeZoneInfo timeZone) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(MarkdownSummaryWriter.Write(input.Summary, timeZone));
}
