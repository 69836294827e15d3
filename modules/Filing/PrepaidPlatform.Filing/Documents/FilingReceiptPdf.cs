using System.Globalization;
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
    private readonly ChinesePdf pdf = new(font);

    public const string Title = "单用途商业预付卡备案回执";

    // A4 in PDF points (1/72 inch).
    private const float PageWidth = ChinesePdf.PageWidth;
    private const float PageHeight = ChinesePdf.PageHeight;
    private const float Margin = 72f;
    private const float ContentWidth = PageWidth - (2 * Margin);

    private const float BodySize = 12f;
    private const float LabelWidth = 120f;
    private const float CellPadding = 8f;
    private const float RowLineHeight = 18f;
    private const float ParagraphLineHeight = 22f;
    private const float QrSide = 96f;

    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly SKColor Muted = new(0x80, 0x80, 0x80);

    public static string FormatDate(DateOnly day) => day.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture);

    public byte[] Render(FilingReceiptData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return pdf.Render(Title, $"备案编号 {data.FilingNumber}", data.DistrictBureau, pen => DrawPage(pen, data));
    }

    private static void DrawPage(PdfPen pen, FilingReceiptData data)
    {
        var typeface = pen.Typeface;
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var titleFont = new SKFont(typeface, 22f) { Embolden = true };
        using var body = new SKFont(typeface, BodySize);
        using var small = new SKFont(typeface, 9f);

        var y = Margin + 24f;
        pen.Text(Title, PageWidth / 2, y, SKTextAlign.Center, titleFont, ink);

        y += 30f;
        y = pen.Table(body, ink, Margin, ContentWidth, LabelWidth, y, Rows(data), RowLineHeight, CellPadding);

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
}
