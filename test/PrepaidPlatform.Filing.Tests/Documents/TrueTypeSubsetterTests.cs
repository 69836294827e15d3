using PrepaidPlatform.Filing.Documents;
using SkiaSharp;
using static PrepaidPlatform.Filing.Tests.Documents.DocumentProbes;

namespace PrepaidPlatform.Filing.Tests.Documents;

/// <summary>The cut-down font embedded in the receipt: the used outlines, the full font's metrics, nothing more.</summary>
public sealed class TrueTypeSubsetterTests
{
    [Fact]
    public void Subset_keeps_the_outlines_of_the_used_characters_and_drops_the_others()
    {
        using var subset = Font.SubsetFor("备案回执SW2026").ShouldNotBeNull();
        using var font = new SKFont(subset, 12f);

        foreach (var used in "备案回执SW2026")
        {
            using var path = font.GetTextPath(used.ToString());
            path.IsEmpty.ShouldBeFalse(used.ToString());
        }

        using var unused = font.GetTextPath("龍");
        unused.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Subset_measures_and_maps_characters_exactly_as_the_full_font()
    {
        const string text = "经营者名称：北京演示餐饮管理有限公司（A-1203）";
        using var subset = Font.SubsetFor(text).ShouldNotBeNull();
        using var full = new SKFont(Font.Typeface, 12f);
        using var cut = new SKFont(subset, 12f);

        cut.GetGlyphs(text).ShouldBe(full.GetGlyphs(text));
        cut.MeasureText(text).ShouldBe(full.MeasureText(text));
        cut.Metrics.Ascent.ShouldBe(full.Metrics.Ascent);
        subset.FamilyName.ShouldBe(Font.Typeface.FamilyName);
    }
}
