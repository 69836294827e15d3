using System.Text;
using SkiaSharp;

namespace PrepaidPlatform.Filing.Documents;

/// <summary>
/// The one PDF writer of the filing documents (备案回执, the 承诺书 and 存管账户证明 templates): A4 pages drawn with Skia,
/// the CJK font embedded cut down to the characters drawn, with a ToUnicode map, so the text can be searched and copied.
/// The page is drawn twice: first on a canvas that draws nothing, to learn which characters are used; the subset
/// measures as the full font, so both passes lay out the same.
/// Stateless apart from the shared typeface: safe to call from several requests at once.
/// </summary>
internal sealed class ChinesePdf(ChineseFont font)
{
    // A4 in PDF points (1/72 inch).
    public const float PageWidth = 595.28f;
    public const float PageHeight = 841.89f;

    public const string Creator = "单用途商业预付卡备案管理服务系统";

    /// <param name="draw">Draws the document from the top of its first page; it may turn pages with <see cref="PdfPen.NextPage"/>.</param>
    public byte[] Render(string title, string? subject, string? author, Action<PdfPen> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var drawn = new StringBuilder();
        using (var dryRun = new SKNoDrawCanvas((int)PageWidth, (int)PageHeight))
        {
            draw(new PdfPen(dryRun, font.Typeface, drawn, null));
        }

        using var subset = font.SubsetFor(drawn.ToString());

        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = title;
        metadata.Subject = subject;
        metadata.Author = author;
        metadata.Creator = Creator;

        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var pen = new PdfPen(document.BeginPage(PageWidth, PageHeight), subset ?? font.Typeface, null, document);
            draw(pen);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }
}

/// <summary>Draws text on the page and, on the layout pass, notes it for the font subset.</summary>
internal sealed class PdfPen
{
    private readonly StringBuilder? drawn;
    private readonly SKDocument? document;

    internal PdfPen(SKCanvas canvas, SKTypeface typeface, StringBuilder? drawn, SKDocument? document)
    {
        Canvas = canvas;
        Typeface = typeface;
        this.drawn = drawn;
        this.document = document;
    }

    public SKCanvas Canvas { get; private set; }

    /// <summary>The typeface to make fonts of: the subset on the drawing pass, the full font on the layout pass.</summary>
    public SKTypeface Typeface { get; }

    public void Text(string text, float x, float y, SKTextAlign align, SKFont font, SKPaint paint)
    {
        drawn?.Append(text);
        Canvas.DrawText(text, x, y, align, font, paint);
    }

    /// <summary>Ends the page and starts the next (on the layout pass nothing is drawn, so nothing changes).</summary>
    public void NextPage()
    {
        if (document is null)
        {
            return;
        }

        document.EndPage();
        Canvas = document.BeginPage(ChinesePdf.PageWidth, ChinesePdf.PageHeight);
    }

    /// <summary>
    /// A two-column table, labels on a grey ground, values wrapped to the column.
    /// </summary>
    /// <returns>The y of the table's bottom rule.</returns>
    public float Table(SKFont font, SKPaint ink, float left, float width, float labelWidth, float top, IReadOnlyList<(string Label, string Value)> rows,
        float lineHeight = 18f, float padding = 8f)
    {
        using var rule = new SKPaint { Color = new SKColor(0x66, 0x66, 0x66), Style = SKPaintStyle.Stroke, StrokeWidth = 0.75f, IsAntialias = true };
        using var fill = new SKPaint { Color = new SKColor(0xF2, 0xF2, 0xF2), Style = SKPaintStyle.Fill };
        var metrics = font.Metrics;
        // Baseline that centres a line of text vertically in a band of lineHeight.
        var baselineInBand = ((lineHeight - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
        var valueLeft = left + labelWidth;
        var valueWidth = width - labelWidth - (2 * padding);

        var y = top;
        foreach (var (label, value) in rows)
        {
            var lines = ChineseTextLayout.Wrap(value, font, valueWidth);
            var height = (lines.Count * lineHeight) + (2 * padding);
            Canvas.DrawRect(SKRect.Create(left, y, labelWidth, height), fill);

            var labelBand = y + ((height - lineHeight) / 2);
            Text(label, left + padding, labelBand + baselineInBand, SKTextAlign.Left, font, ink);
            for (var i = 0; i < lines.Count; i++)
            {
                Text(lines[i], valueLeft + padding, y + padding + (i * lineHeight) + baselineInBand, SKTextAlign.Left, font, ink);
            }

            Canvas.DrawLine(left, y, left + width, y, rule);
            y += height;
        }

        Canvas.DrawLine(left, y, left + width, y, rule);
        Canvas.DrawLine(left, top, left, y, rule);
        Canvas.DrawLine(valueLeft, top, valueLeft, y, rule);
        Canvas.DrawLine(left + width, top, left + width, y, rule);
        return y;
    }
}
