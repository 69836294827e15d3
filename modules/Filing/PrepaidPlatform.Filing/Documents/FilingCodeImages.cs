using QRCoder;
using SkiaSharp;

namespace PrepaidPlatform.Filing.Documents;

/// <summary>
/// The images of a filing code (备案码, F5): the bare QR code for the page and the printable poster (下载物料) the operator
/// displays at its premises. Stateless apart from the shared typeface: safe to call from several requests at once.
/// </summary>
internal sealed class FilingCodeImages(ChineseFont font)
{
    /// <summary>A4 at 150 dpi, portrait.</summary>
    public const int PosterWidth = 1240;
    public const int PosterHeight = 1754;

    public const string PosterHeadline = "单用途商业预付卡备案码";
    public const string ScanHint = "扫码查询经营者备案信息及风险提示";

    private const float SideMargin = 100f;
    private const float BannerHeight = 270f;
    private const float FooterHeight = 150f;

    private static readonly SKColor Red = new(0xC8, 0x10, 0x2E);
    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    private static readonly SKColor Secondary = new(0x44, 0x44, 0x44);

    /// <summary>The QR code alone, black on white with its quiet zone: (modules + 8) × <paramref name="pixelsPerModule"/> square.</summary>
    public byte[] QrPng(string url, int pixelsPerModule = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, 1);
        using var data = FilingCodeQr.Encode(url);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>The poster, <see cref="PosterWidth"/> × <see cref="PosterHeight"/> pixels.</summary>
    public byte[] PosterPng(FilingPosterData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var typeface = font.Typeface;
        using var qr = FilingCodeQr.Encode(data.VerifyUrl);

        using var bitmap = new SKBitmap(new SKImageInfo(PosterWidth, PosterHeight, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            DrawPoster(canvas, typeface, data, qr);
        }

        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void DrawPoster(SKCanvas canvas, SKTypeface typeface, FilingPosterData data, QRCodeData qr)
    {
        canvas.Clear(SKColors.White);
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var secondary = new SKPaint { Color = Secondary, IsAntialias = true };
        using var red = new SKPaint { Color = Red, IsAntialias = true };
        using var headline = new SKFont(typeface, 88f) { Embolden = true };
        using var banner = new SKFont(typeface, 40f);
        using var brand = new SKFont(typeface, 68f) { Embolden = true };
        using var detail = new SKFont(typeface, 40f);
        using var hint = new SKFont(typeface, 44f) { Embolden = true };

        const float centre = PosterWidth / 2f;
        const float textWidth = PosterWidth - (2 * SideMargin);

        // 备案码 page of the manual: the headline, then "已完成单用途商业预付卡经营备案".
        canvas.DrawRect(0, 0, PosterWidth, BannerHeight, red);
        canvas.DrawText(PosterHeadline, centre, 150f, SKTextAlign.Center, headline, white);
        canvas.DrawText("已完成单用途商业预付卡经营备案", centre, 225f, SKTextAlign.Center, banner, white);

        var y = BannerHeight + 100f;
        var shop = string.IsNullOrWhiteSpace(data.ShopName) ? data.OperatorName : data.ShopName;
        foreach (var line in ChineseTextLayout.Wrap(shop, brand, textWidth).Take(2))
        {
            canvas.DrawText(line, centre, y, SKTextAlign.Center, brand, ink);
            y += 84f;
        }

        y += 6f;
        foreach (var line in ChineseTextLayout.Wrap($"经营者：{data.OperatorName}", detail, textWidth).Take(2))
        {
            canvas.DrawText(line, centre, y, SKTextAlign.Center, detail, secondary);
            y += 56f;
        }

        canvas.DrawText($"备案编号：{data.FilingNumber}", centre, y, SKTextAlign.Center, detail, secondary);

        // The QR code takes what is left between the text and the hint, in whole pixels per module so it prints crisp.
        var hintBaseline = PosterHeight - FooterHeight - 40f;
        var qrTop = y + 20f;
        var space = hintBaseline - 60f - qrTop;
        var moduleSize = MathF.Floor(Math.Min(space, 820f) / qr.ModuleMatrix.Count);
        var side = moduleSize * qr.ModuleMatrix.Count;
        qrTop += (space - side) / 2;
        FilingCodeQr.Draw(canvas, qr, MathF.Round(centre - (side / 2)), MathF.Round(qrTop), moduleSize);

        canvas.DrawText(ScanHint, centre, hintBaseline, SKTextAlign.Center, hint, red);

        canvas.DrawRect(0, PosterHeight - FooterHeight, PosterWidth, FooterHeight, red);
        canvas.DrawText(data.Issuer, centre, PosterHeight - (FooterHeight / 2) + 15f, SKTextAlign.Center, banner, white);
    }
}
