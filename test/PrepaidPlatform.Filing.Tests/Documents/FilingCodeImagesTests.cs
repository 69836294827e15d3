using PrepaidPlatform.Filing.Documents;
using SkiaSharp;
using static PrepaidPlatform.Filing.Tests.Documents.DocumentProbes;

namespace PrepaidPlatform.Filing.Tests.Documents;

/// <summary>备案码 (F5): the QR code and the printable poster scan back to the public filing code page.</summary>
public sealed class FilingCodeImagesTests
{
    private const string VerifyUrl = "https://yfk.example.gov.cn/filing-code/SW2026120200001";

    private static readonly FilingPosterData Poster = new("演示小馆", "北京演示餐饮管理有限公司", "SW2026120200001", VerifyUrl, "北京市商务局");

    private readonly FilingCodeImages images = new(Font);

    [Theory]
    [InlineData(10)]
    [InlineData(3)]
    public void Qr_png_is_the_module_matrix_at_the_asked_scale_and_scans_to_the_url(int pixelsPerModule)
    {
        var png = images.QrPng(VerifyUrl, pixelsPerModule);

        IsPng(png).ShouldBeTrue();
        using var qr = FilingCodeQr.Encode(VerifyUrl);
        var side = qr.ModuleMatrix.Count * pixelsPerModule;
        using var bitmap = SKBitmap.Decode(png);
        (bitmap.Width, bitmap.Height).ShouldBe((side, side));
        DecodeQr(png).ShouldNotBeNull().Text.ShouldBe(VerifyUrl);
    }

    [Fact]
    public void Qr_png_pixels_follow_the_module_matrix()
    {
        const int scale = 4;
        using var qr = FilingCodeQr.Encode(VerifyUrl);
        using var bitmap = SKBitmap.Decode(images.QrPng(VerifyUrl, scale));

        var matrix = qr.ModuleMatrix;
        for (var y = 0; y < matrix.Count; y++)
        {
            for (var x = 0; x < matrix.Count; x++)
            {
                var pixel = bitmap.GetPixel((x * scale) + (scale / 2), (y * scale) + (scale / 2));
                (pixel.Red < 128).ShouldBe(matrix[y][x], $"module ({x}, {y})");
            }
        }
    }

    [Fact]
    public void Qr_png_refuses_an_empty_url_or_a_scale_below_one_pixel()
    {
        Should.Throw<ArgumentException>(() => images.QrPng(" "));
        Should.Throw<ArgumentOutOfRangeException>(() => images.QrPng(VerifyUrl, 0));
    }

    [Fact]
    public void Poster_is_an_A4_at_150_dpi_png_with_a_large_centred_QR_that_scans_to_the_url()
    {
        var png = images.PosterPng(Poster);

        IsPng(png).ShouldBeTrue();
        using var bitmap = SKBitmap.Decode(png);
        (bitmap.Width, bitmap.Height).ShouldBe((1240, 1754));

        var found = DecodeQr(png).ShouldNotBeNull();
        found.Text.ShouldBe(VerifyUrl);
        // ZXing reports the finder pattern centres (bottom-left, top-left, top-right): the code spans most of the width.
        var xs = found.ResultPoints.Select(p => p.X).ToList();
        (xs.Max() - xs.Min()).ShouldBeGreaterThan(500f);
        ((xs.Max() + xs.Min()) / 2).ShouldBe(620f, tolerance: 30f);
    }

    [Fact]
    public void Poster_headline_and_issuer_bands_are_printed_in_red_around_a_white_page()
    {
        using var bitmap = SKBitmap.Decode(images.PosterPng(Poster));

        bitmap.GetPixel(20, 20).ShouldBe(new SKColor(0xC8, 0x10, 0x2E));
        bitmap.GetPixel(20, 1754 - 20).ShouldBe(new SKColor(0xC8, 0x10, 0x2E));
        bitmap.GetPixel(20, 877).ShouldBe(SKColors.White);
        // The headline is drawn: some white pixels of its glyphs in the red band's centre row.
        Enumerable.Range(200, 840).Count(x => bitmap.GetPixel(x, 120) == SKColors.White).ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task Posters_drawn_at_the_same_time_each_scan_to_their_own_url()
    {
        var urls = Enumerable.Range(1, 6).Select(i => $"https://yfk.example.gov.cn/filing-code/SW20261202{i:D5}").ToList();

        var posters = await Task.WhenAll(urls.Select(u => Task.Run(() => images.PosterPng(Poster with { VerifyUrl = u }))));

        posters.Select(p => DecodeQr(p)?.Text).ShouldBe(urls);
    }
}
