using System.Globalization;
using PrepaidPlatform.Filing.Onboarding;
using SkiaSharp;

namespace PrepaidPlatform.Filing.Documents;

/// <summary>
/// The sandbox's 证照图片: a card laid out like a business licence (营业执照) with the demo entity's own data, marked
/// 沙箱样例 across it so it can never pass for a real one. The national service returns the real image instead.
/// </summary>
internal sealed class SandboxLicenceImage(ChineseFont font)
{
    public const int Width = 1000;
    public const int Height = 700;
    public const string Watermark = "沙箱样例 非真实证照";

    private static readonly SKColor Paper = new(0xFB, 0xF6, 0xEA);
    private static readonly SKColor Red = new(0xB2, 0x1F, 0x24);
    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);

    public byte[] RenderPng(BusinessLicence licence)
    {
        ArgumentNullException.ThrowIfNull(licence);
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            Draw(canvas, font.Typeface, licence);
        }

        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Draw(SKCanvas canvas, SKTypeface typeface, BusinessLicence licence)
    {
        canvas.Clear(Paper);
        using var frame = new SKPaint { Color = Red, Style = SKPaintStyle.Stroke, StrokeWidth = 6, IsAntialias = true };
        using var inner = new SKPaint { Color = Red, Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = true };
        canvas.DrawRect(20, 20, Width - 40, Height - 40, frame);
        canvas.DrawRect(32, 32, Width - 64, Height - 64, inner);

        using var red = new SKPaint { Color = Red, IsAntialias = true };
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var title = new SKFont(typeface, 64f) { Embolden = true };
        using var label = new SKFont(typeface, 22f) { Embolden = true };
        using var value = new SKFont(typeface, 22f);
        using var small = new SKFont(typeface, 18f);

        canvas.DrawText("营 业 执 照", Width / 2f, 120f, SKTextAlign.Center, title, red);
        canvas.DrawText("统一社会信用代码 " + licence.Uscc, 70f, 175f, SKTextAlign.Left, small, ink);

        var y = 230f;
        foreach (var (name, text, width) in Fields(licence))
        {
            canvas.DrawText(name, 70f, y, SKTextAlign.Left, label, ink);
            foreach (var line in ChineseTextLayout.Wrap(text, value, width).Take(2))
            {
                canvas.DrawText(line, 220f, y, SKTextAlign.Left, value, ink);
                y += 34f;
            }

            y += 8f;
        }

        canvas.DrawText(licence.Authority, Width - 80f, Height - 90f, SKTextAlign.Right, value, ink);
        canvas.DrawText(licence.RegistrationDate.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture), Width - 80f, Height - 56f, SKTextAlign.Right, value, ink);

        // Across the card, where a copy could not crop it away.
        using var mark = new SKPaint { Color = Red.WithAlpha(0x40), IsAntialias = true };
        using var markFont = new SKFont(typeface, 72f) { Embolden = true };
        canvas.Save();
        canvas.RotateDegrees(-20, Width / 2f, Height / 2f);
        canvas.DrawText(Watermark, Width / 2f, (Height / 2f) + 30f, SKTextAlign.Center, markFont, mark);
        canvas.Restore();
    }

    private static IEnumerable<(string Name, string Text, float Width)> Fields(BusinessLicence licence)
    {
        const float full = Width - 300f;
        yield return ("名　　称", licence.Name, full);
        yield return ("类　　型", licence.Form, full);
        yield return ("法定代表人", licence.LegalRepresentative, full);
        yield return ("注册资本", licence.RegisteredCapitalWan.ToString("0.####", CultureInfo.InvariantCulture) + "万元", full);
        yield return ("营业期限", licence.TermFrom.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture) + " 至 "
            + (licence.TermTo is { } to ? to.ToString("yyyy年MM月dd日", CultureInfo.InvariantCulture) : "长期"), full);
        yield return ("住　　所", licence.RegisteredAddress, full);
        yield return ("经营范围", licence.BusinessScope, full);
    }
}
