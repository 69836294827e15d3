using QRCoder;
using SkiaSharp;

namespace PrepaidPlatform.Filing.Documents;

/// <summary>The QR code of a filing code (备案码) URL, as one encoding shared by the PNG, the poster and the receipt.</summary>
internal static class FilingCodeQr
{
    // Q (about 25% recoverable) rather than M: the poster hangs at a shop counter, where it gets creased, smudged or
    // half-covered by a sticker, and the URL is short enough that the bigger code costs nothing.
    public const QRCodeGenerator.ECCLevel Ecc = QRCodeGenerator.ECCLevel.Q;

    /// <summary>The module matrix, including QRCoder's 4-module quiet zone on every side.</summary>
    public static QRCodeData Encode(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url, Ecc);
    }

    /// <summary>Draws the dark modules black on whatever is below (the quiet zone must be light there).</summary>
    /// <returns>The side of the drawn square, quiet zone included.</returns>
    public static float Draw(SKCanvas canvas, QRCodeData data, float left, float top, float moduleSize)
    {
        var matrix = data.ModuleMatrix;
        using var path = new SKPath();
        for (var y = 0; y < matrix.Count; y++)
        {
            var row = matrix[y];
            var x = 0;
            while (x < row.Length)
            {
                if (!row[x])
                {
                    x++;
                    continue;
                }

                // One rectangle per run of dark modules: fewer seams when a viewer rasterizes, a smaller PDF.
                var start = x;
                while (x < row.Length && row[x])
                {
                    x++;
                }

                path.AddRect(SKRect.Create(left + (start * moduleSize), top + (y * moduleSize), (x - start) * moduleSize, moduleSize));
            }
        }

        using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        canvas.DrawPath(path, paint);
        return matrix.Count * moduleSize;
    }
}
