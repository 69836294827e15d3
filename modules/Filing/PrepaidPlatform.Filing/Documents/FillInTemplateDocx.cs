using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PrepaidPlatform.Filing.Documents;

/// <summary>
/// A <see cref="FillInTemplate"/> as a Word document (.docx, Open XML SDK), for whoever fills it in on a computer rather
/// than by hand: the same title, table, wording and signature lines as the PDF, on A4 in 宋体.
/// </summary>
internal static class FillInTemplateDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // Word measures in twentieths of a point (twips) and font sizes in half points.
    private const int A4WidthTwips = 11906;
    private const int A4HeightTwips = 16838;
    private const int MarginTwips = 1280;
    private const string BodySize = "24"; // 12 pt, as the PDF
    private const string TitleSize = "40";

    public static byte[] Write(FillInTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = template.Title;
            document.PackageProperties.Creator = ChinesePdf.Creator;
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(TextParagraph(template.Title, JustificationValues.Center, TitleSize, bold: true, spaceAfter: 240));
            body.Append(FactsTable(template.Rows));
            body.Append(TextParagraph(string.Empty, JustificationValues.Left, BodySize));
            if (!string.IsNullOrWhiteSpace(template.Lead))
            {
                body.Append(TextParagraph(template.Lead, JustificationValues.Left, BodySize));
            }

            foreach (var paragraph in template.Paragraphs)
            {
                var p = TextParagraph(paragraph, JustificationValues.Both, BodySize, spaceAfter: 80);
                // 首行缩进两字 (FirstLineChars is in hundredths of a character).
                p.ParagraphProperties!.Append(new Indentation { FirstLineChars = 200 });
                body.Append(p);
            }

            body.Append(TextParagraph(string.Empty, JustificationValues.Left, BodySize, spaceAfter: 480));
            foreach (var signature in template.Signatures)
            {
                var p = TextParagraph(signature, JustificationValues.Left, BodySize, spaceAfter: 360);
                p.ParagraphProperties!.Append(new Indentation { Left = "4800" });
                body.Append(p);
            }

            body.Append(TextParagraph(template.Footer, JustificationValues.Center, "18", spaceAfter: 0));
            body.Append(new SectionProperties(
                new PageSize { Width = A4WidthTwips, Height = A4HeightTwips },
                new PageMargin { Top = MarginTwips, Bottom = MarginTwips, Left = (uint)MarginTwips, Right = (uint)MarginTwips }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph TextParagraph(string text, JustificationValues justification, string size, bool bold = false, int spaceAfter = 120)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture), Line = "360", LineRule = LineSpacingRuleValues.Auto },
            new Justification { Val = justification });
        return new Paragraph(properties, TextRun(text, size, bold));
    }

    private static Run TextRun(string text, string size, bool bold = false)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = "宋体", Ascii = "Times New Roman", HighAnsi = "Times New Roman" });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Table FactsTable(IReadOnlyList<(string Label, string Value)> rows)
    {
        static BorderType Edge<TBorder>()
            where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 6, Color = "666666" };

        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(Edge<TopBorder>(), Edge<BottomBorder>(), Edge<LeftBorder>(), Edge<RightBorder>(),
                Edge<InsideHorizontalBorder>(), Edge<InsideVerticalBorder>())));
        foreach (var (label, value) in rows)
        {
            table.Append(new TableRow(
                Cell(label, "2200", shaded: true),
                Cell(value, "7000", shaded: false)));
        }

        return table;
    }

    private static TableCell Cell(string text, string widthTwips, bool shaded)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widthTwips });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "F2F2F2" });
        }

        // A blank value keeps the row's height, so there is room to write by hand.
        return new TableCell(properties, new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = "120", After = "120" }),
            TextRun(text, BodySize)));
    }
}
