using SkiaSharp;

namespace PrepaidPlatform.Filing.Documents;

/// <summary>A <see cref="FillInTemplate"/> as A4 PDF pages; long wording (the city may write up to 2,000 characters) turns the page.</summary>
internal sealed class FillInTemplatePdf(ChinesePdf pdf)
{
    private const float PageWidth = ChinesePdf.PageWidth;
    private const float PageHeight = ChinesePdf.PageHeight;
    private const float Margin = 56f;
    private const float ContentWidth = PageWidth - (2 * Margin);
    private const float LineHeight = 19f;
    private const float SignatureGap = 14f;
    private const float SignatureWidth = 230f;

    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly SKColor Muted = new(0x80, 0x80, 0x80);

    public byte[] Render(FillInTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return pdf.Render(template.Title, template.Rows.Count > 0 ? template.Rows[0].Value : null, null, pen => Draw(pen, template));
    }

    private static void Draw(PdfPen pen, FillInTemplate template)
    {
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var muted = new SKPaint { Color = Muted, IsAntialias = true };
        using var titleFont = new SKFont(pen.Typeface, 20f) { Embolden = true };
        using var body = new SKFont(pen.Typeface, 11.5f);
        using var small = new SKFont(pen.Typeface, 9f);

        var y = Margin + 20f;
        pen.Text(template.Title, PageWidth / 2, y, SKTextAlign.Center, titleFont, ink);
        y = pen.Table(body, ink, Margin, ContentWidth, 130f, y + 24f, template.Rows, lineHeight: 18f, padding: 6f) + 24f;

        void Line(string text, float x, SKTextAlign align)
        {
            if (y > PageHeight - Margin)
            {
                pen.Text(template.Footer, PageWidth / 2, PageHeight - 36f, SKTextAlign.Center, small, muted);
                pen.NextPage();
                y = Margin + 12f;
            }

            pen.Text(text, x, y, align, body, ink);
            y += LineHeight;
        }

        if (!string.IsNullOrWhiteSpace(template.Lead))
        {
            foreach (var line in ChineseTextLayout.Wrap(template.Lead, body, ContentWidth))
            {
                Line(line, Margin, SKTextAlign.Left);
            }
        }

        foreach (var paragraph in template.Paragraphs)
        {
            // Two ideographic spaces: the first-line indent of Chinese official writing.
            foreach (var line in ChineseTextLayout.Wrap("\u3000\u3000" + paragraph, body, ContentWidth))
            {
                Line(line, Margin, SKTextAlign.Left);
            }

            y += 2f;
        }

        // Where the signature and seal go: a block at the right with room to sign between the lines, kept on one page.
        y += 20f;
        if (y + ((template.Signatures.Count - 1) * (LineHeight + SignatureGap)) > PageHeight - Margin)
        {
            y = PageHeight;
        }

        foreach (var signature in template.Signatures)
        {
            Line(signature, PageWidth - Margin - SignatureWidth, SKTextAlign.Left);
            y += SignatureGap;
        }

        pen.Text(template.Footer, PageWidth / 2, PageHeight - 36f, SKTextAlign.Center, small, muted);
    }
}
