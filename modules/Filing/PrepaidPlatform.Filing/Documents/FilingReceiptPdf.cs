using System.Globalization;
using System.Text;
using SkiaSharp;

namespace PrepaidPlatform.Filing.Documents;

/// <summary>
/// 备案回执 (F6; manual 备案信息: "当备案信息确认通过后，经营者获得备案编号、备案码及备案回执"): one A4 page the operator
/// prints or downloads. The CJK font is embedded, cut down to the page's characters, with a ToUnicode map: the text can
/// be searched and copied.
/// Stateless apart from the shared typeface: safe to call from several requests at once.
/// </summary>
internal sealed class FilingReceiptPdf(ChineseFont font)
{
    public const string Title = "单用途商业预付卡备案回执";

    // A4 in PDF points (1/72 inch).
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 72f;
    private const float ContentWidth = PageWidth - (2 * Margin);

    private const float BodySize = 12f;
    private const float LabelWidth = 120f;
    private const float CellPadding = 8f;
    private const float RowLineHeight = 18f;
    private const float ParagraphLineHeight = 22f;
    private const float QrSide = 96f;

    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly SKColor Rule = new(0x66, 0x66, 0x66);
    private static readonly SKColor LabelFill = new(0xF2, 0xF2, 0xF2);
    private static readonly SKColor Muted = new(0x80, 0x80, 0x80);

    public static string FormatDate(DateOnly day) => day.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture);

    public byte[] Render(FilingReceiptData data)
    {
        ArgumentNullException.ThrowIfNull(data);

        // First pass on a canvas that draws nothing: which characters the page uses, so the PDF embeds only their
        // outlines (kilobytes instead of the font's megabytes). The subset measures as the full font: same layout.
        var drawn = new StringBuilder();
        using (var dryRun = new SKNoDrawCanvas((int)PageWidth, (int)PageHeight))
        {
            DrawPage(new Pen(dryRun, drawn), font.Typeface, data);
        }

        using var subset = font.SubsetFor(drawn.ToString());

        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = Title;
        metadata.Subject = $"备案编号 {data.FilingNumber}";
        metadata.Author = data.DistrictBureau;
        metadata.Creator = "单用途商业预付卡备案管理服务系统";

        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = document.BeginPage(PageWidth, PageHeight);
            DrawPage(new Pen(canvas, null), subset ?? font.Typeface, data);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    private static void DrawPage(Pen pen, SKTypeface typeface, FilingReceiptData data)
    {
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var titleFont = new SKFont(typeface, 22f) { Embolden = true };
        using var body = new SKFont(typeface, BodySize);
        using var small = new SKFont(typeface, 9f);

        var y = Margin + 24f;
        pen.Text(Title, PageWidth / 2, y, SKTextAlign.Center, titleFont, ink);

        y += 30f;
        y = DrawTable(pen, body, ink, y, Rows(data));

        // In the manual's words (备案信息; 二、备案要求; 预收资金存管要求), addressed to the operator.
        y += 34f;
        string[] paragraphs =
        [
            $"经{data.DistrictBureau}确认，{data.OperatorName}已完成单用途商业预付卡经营备案，获得备案编号、备案码及本备案回执。",
            "备案经营者应当实行预付卡预收资金存管制度，按规定通过服务系统填报预收资金数据；备案信息发生变化的，应当通过服务系统办理变更备案。",
            "特此回执。",
        ];
        foreach (var paragraph in paragraphs)
        {
            // Two ideographic spaces: the first-line indent of Chinese official writing.
            foreach (var line in ChineseTextLayout.Wrap("\u3000\u3000" + paragraph, body, ContentWidth))
            {
                pen.Text(line, Margin, y, SKTextAlign.Left, body, ink);
                y += ParagraphLineHeight;
            }
        }

        // Issuing bureau and date, centred on each other at the right, where a seal would go.
        y += 36f;
        var signatureTop = y;
        var date = FormatDate(data.FiledOn);
        var signatureWidth = Math.Max(body.MeasureText(data.DistrictBureau), body.MeasureText(date));
        var signatureCentre = PageWidth - Margin - (signatureWidth / 2) - 12f;
        pen.Text(data.DistrictBureau, signatureCentre, y, SKTextAlign.Center, body, ink);
        pen.Text(date, signatureCentre, y + ParagraphLineHeight, SKTextAlign.Center, body, ink);

        if (!string.IsNullOrWhiteSpace(data.VerifyUrl))
        {
            using var qr = FilingCodeQr.Encode(data.VerifyUrl);
            var qrTop = signatureTop - BodySize;
            var side = FilingCodeQr.Draw(pen.Canvas, qr, Margin, qrTop, QrSide / qr.ModuleMatrix.Count);
            pen.Text("扫码查询经营者备案信息", Margin + (side / 2), qrTop + side + 10f, SKTextAlign.Center, small, ink);
        }

        using var muted = new SKPaint { Color = Muted, IsAntialias = true };
        pen.Text("本回执由单用途商业预付卡备案管理服务系统生成。", PageWidth / 2, PageHeight - 48f, SKTextAlign.Center, small, muted);
    }

    private static List<(string Label, string Value)> Rows(FilingReceiptData data)
    {
        var rows = new List<(string, string)> { ("备案编号", data.FilingNumber), ("经营者名称", data.OperatorName) };
        if (!string.IsNullOrWhiteSpace(data.ShopName))
        {
            rows.Add(("店铺名称", data.ShopName));
        }

        rows.Add(("统一社会信用代码", data.Uscc));
        rows.Add(("注册地址", data.Address));
        if (!string.IsNullOrWhiteSpace(data.PremisesAddress) && data.PremisesAddress.Trim() != data.Address.Trim())
        {
            rows.Add(("经营地址", data.PremisesAddress));
        }

        rows.Add(("所属行业", data.IndustryName));
        rows.Add(("备案机关", data.DistrictBureau));
        rows.Add(("备案日期", FormatDate(data.FiledOn)));
        return rows;
    }

    /// <returns>The y of the table's bottom rule.</returns>
    private static float DrawTable(Pen pen, SKFont font, SKPaint ink, float top, List<(string Label, string Value)> rows)
    {
        using var rule = new SKPaint { Color = Rule, Style = SKPaintStyle.Stroke, StrokeWidth = 0.75f, IsAntialias = true };
        using var fill = new SKPaint { Color = LabelFill, Style = SKPaintStyle.Fill };
        var metrics = font.Metrics;
        // Baseline that centres a line of text vertically in a band of RowLineHeight.
        var baselineInBand = ((RowLineHeight - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
        var valueLeft = Margin + LabelWidth;
        var valueWidth = ContentWidth - LabelWidth - (2 * CellPadding);

        var canvas = pen.Canvas;
        var y = top;
        foreach (var (label, value) in rows)
        {
            var lines = ChineseTextLayout.Wrap(value, font, valueWidth);
            var height = (lines.Count * RowLineHeight) + (2 * CellPadding);
            canvas.DrawRect(SKRect.Create(Margin, y, LabelWidth, height), fill);

            var labelBand = y + ((height - RowLineHeight) / 2);
            pen.Text(label, Margin + CellPadding, labelBand + baselineInBand, SKTextAlign.Left, font, ink);
            for (var i = 0; i < lines.Count; i++)
            {
                pen.Text(lines[i], valueLeft + CellPadding, y + CellPadding + (i * RowLineHeight) + baselineInBand, SKTextAlign.Left, font, ink);
            }

            canvas.DrawLine(Margin, y, Margin + ContentWidth, y, rule);
            y += height;
        }

        canvas.DrawLine(Margin, y, Margin + ContentWidth, y, rule);
        canvas.DrawLine(Margin, top, Margin, y, rule);
        canvas.DrawLine(valueLeft, top, valueLeft, y, rule);
        canvas.DrawLine(Margin + ContentWidth, top, Margin + ContentWidth, y, rule);
        return y;
    }

    /// <summary>Draws text on the canvas and, on the layout pass, notes it for the font subset.</summary>
    private sealed class Pen(SKCanvas canvas, StringBuilder? drawn)
    {
        public SKCanvas Canvas => canvas;

        public void Text(string text, float x, float y, SKTextAlign align, SKFont font, SKPaint paint)
        {
            drawn?.Append(text);
            canvas.DrawText(text, x, y, align, font, paint);
        }
    }
}
