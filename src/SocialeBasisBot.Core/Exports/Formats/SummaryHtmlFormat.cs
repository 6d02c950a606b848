using System.Text;

namespace SocialeBasisBot.Exports.Formats;

/// <summary>The session summary as a self-contained HTML report.</summary>
public sealed class SummaryHtmlFormat : ExportFormat
{
    public override string FileName(bool includeNames) => "samenvatting.html";

    public override string ContentType => "text/html; charset=utf-8";

    public override string DutchLabel => "Rapport (HTML)";

    public override string EnglishLabel => "Report (HTML)";

    public override bool HoldsAnswers => false;

    public override byte[] Write(SessionExportInput input, bool includeNames, TimeZoneInfo timeZone) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(HtmlSummaryWriter.Write(input.Summary, timeZone));
}
