using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PrepaidPlatform.Filing.Documents;
using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace PrepaidPlatform.Filing.Tests.Documents;

/// <summary>
/// Reads the documents back the way a person or a phone would: the PDF through poppler (pdftotext, pdfinfo, pdffonts,
/// pdftoppm; test.sh installs poppler-utils), the QR codes through ZXing.
/// </summary>
internal static partial class DocumentProbes
{
    public static readonly ChineseFont Font = new(null);

    public static string PdfText(byte[] pdf, params string[] options) => Poppler("pdftotext", pdf, [.. options, "{pdf}", "-"]);

    public static string PdfInfo(byte[] pdf) => Poppler("pdfinfo", pdf, ["{pdf}"]);

    public static string PdfFonts(byte[] pdf) => Poppler("pdffonts", pdf, ["{pdf}"]);

    /// <summary>The words pdftotext finds with their boxes, in PDF points from the top left.</summary>
    public static IReadOnlyList<(string Text, double XMin, double YMin, double XMax, double YMax)> PdfWords(byte[] pdf) =>
        WordBox().Matches(PdfText(pdf, "-bbox")).Select(m => (
            System.Net.WebUtility.HtmlDecode(m.Groups["t"].Value),
            double.Parse(m.Groups["x0"].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups["y0"].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups["x1"].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>The page rasterized as a phone camera would see a print of it.</summary>
    public static byte[] PdfPagePng(byte[] pdf, int dpi)
    {
        var dir = Directory.CreateTempSubdirectory("pp-receipt-");
        try
        {
            var output = Path.Combine(dir.FullName, "page");
            Poppler("pdftoppm", pdf, ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-png", "-singlefile", "{pdf}", output]);
            return File.ReadAllBytes(output + ".png");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    public static string WithoutWhitespace(string text) => Whitespace().Replace(text, string.Empty);

    public static bool IsPng(byte[] bytes) => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    /// <summary>The text of the QR code found in the image, or null when there is none.</summary>
    public static Result? DecodeQr(byte[] image)
    {
        using var decoded = SKBitmap.Decode(image) ?? throw new InvalidDataException("not an image");
        using var bgra = decoded.Copy(SKColorType.Bgra8888);
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        return reader.Decode(new RGBLuminanceSource(bgra.Bytes, bgra.Width, bgra.Height, RGBLuminanceSource.BitmapFormat.BGRA32));
    }

    private static string Poppler(string tool, byte[] pdf, string[] arguments)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pp-receipt-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{pdf}" ? path : argument);
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception e)
            {
                throw new InvalidOperationException($"{tool} is missing: install the Debian package poppler-utils (test.sh does).", e);
            }

            using (process)
            {
                var stderr = process.StandardError.ReadToEndAsync();
                var stdout = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                process.ExitCode.ShouldBe(0, $"{tool}: {stderr.Result}");
                return stdout;
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("""<word xMin="(?<x0>[\d.]+)" yMin="(?<y0>[\d.]+)" xMax="(?<x1>[\d.]+)" yMax="(?<y1>[\d.]+)">(?<t>[^<]*)</word>""")]
    private static partial Regex WordBox();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
