using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SocialeBasisBot.Exports;

/// <summary>
/// The answers as an Excel workbook: one sheet "Antwoorden", bold frozen header, filter, wrapped answer column.
/// Every cell is a string cell, so nothing a participant typed is ever evaluated as a formula.
/// </summary>
public static class XlsxAnswerWriter
{
    public const string SheetName = "Antwoorden";

    /// <summary>Excel refuses longer cell text.</summary>
    private const int MaxCellLength = 32_767;

    private static readonly double[] ColumnWidths = [40, 30, 28, 28, 70, 8, 26, 18, 28];

    public static byte[] Write(IReadOnlyList<AnswerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Styles();

            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, AnswerRow.Headers, StyleHeader));
            for (var i = 0; i < rows.Count; i++)
                data.Append(Row((uint)i + 2, rows[i].Cells, StyleWrapped));

            var lastColumn = ColumnName(AnswerRow.Headers.Count - 1);
            var lastCell = $"{lastColumn}{rows.Count + 1}";
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(
                    new Pane
                    {
                        VerticalSplit = 1,
                        TopLeftCell = "A2",
                        ActivePane = PaneValues.BottomLeft,
                        State = PaneStateValues.Frozen,
                    })
                { TabSelected = true, WorkbookViewId = 0 }),
                Columns(),
                data,
                new AutoFilter { Reference = $"A1:{lastCell}" });

            workbookPart.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbookPart.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = SheetName,
            }));
            // Excel's filter needs this hidden defined name to show the filter buttons reliably.
            workbookPart.Workbook.AppendChild(new DefinedNames(new DefinedName($"'{SheetName}'!$A$1:${lastColumn}${rows.Count + 1}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = 0,
                Hidden = true,
            }));
        }

        return stream.ToArray();
    }

    private const uint StyleHeader = 1;
    private const uint StyleWrapped = 2;

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 3 });

    private static Columns Columns()
    {
        var columns = new Columns();
        for (var i = 0; i < ColumnWidths.Length; i++)
        {
            columns.Append(new Column
            {
                Min = (uint)i + 1,
                Max = (uint)i + 1,
                Width = ColumnWidths[i],
                CustomWidth = true,
            });
        }

        return columns;
    }

    private static Row Row(uint index, IReadOnlyList<string> cells, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new Cell
            {
                CellReference = $"{ColumnName(i)}{index}",
                DataType = CellValues.InlineString,
                StyleIndex = style,
                InlineString = new InlineString(new Text(CleanText(cells[i])) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        return row;
    }

    private static string ColumnName(int index) => ((char)('A' + index)).ToString();

    /// <summary>Drops characters XML cannot hold (a pasted control character would corrupt the file) and caps the length.</summary>
    internal static string CleanText(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        if (clean.Length <= MaxCellLength)
            return clean.ToString();
        // Never cut a surrogate pair in half.
        var length = char.IsHighSurrogate(clean[MaxCellLength - 1]) ? MaxCellLength - 1 : MaxCellLength;
        return clean.ToString(0, length);
    }
}
