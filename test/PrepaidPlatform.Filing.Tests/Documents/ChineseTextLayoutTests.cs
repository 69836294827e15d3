using PrepaidPlatform.Filing.Documents;
using SkiaSharp;
using static PrepaidPlatform.Filing.Tests.Documents.DocumentProbes;

namespace PrepaidPlatform.Filing.Tests.Documents;

/// <summary>Line breaking of the documents' text: at the width, between Chinese characters, not inside Latin words.</summary>
public sealed class ChineseTextLayoutTests
{
    private static readonly SKFont Body = new(Font.Typeface, 12f);

    [Fact]
    public void Chinese_text_breaks_at_the_width_and_loses_nothing()
    {
        var text = string.Concat(Enumerable.Repeat("北京市海淀区中关村大街", 5));

        var lines = ChineseTextLayout.Wrap(text, Body, 120f);

        lines.Count.ShouldBeGreaterThan(1);
        lines.ShouldAllBe(l => Body.MeasureText(l) <= 120f);
        string.Concat(lines).ShouldBe(text);
    }

    [Fact]
    public void Closing_punctuation_never_starts_a_line()
    {
        // Exactly ten characters wide, so the comma would come first on the second line.
        var lines = ChineseTextLayout.Wrap("一二三四五六七八九十，十一", Body, Body.MeasureText("一二三四五六七八九十"));

        lines.ShouldAllBe(l => !l.StartsWith('，'));
        lines[0].ShouldBe("一二三四五六七八九十，");
    }

    [Fact]
    public void A_room_number_stays_whole_when_a_space_allows_a_break()
    {
        // Wide enough for "A-1" on the first line: without the rule the number would be cut into "A-1" and "203".
        var width = Body.MeasureText("北京市海淀区 Room A-1");
        var lines = ChineseTextLayout.Wrap("北京市海淀区 Room A-1203", Body, width);

        lines.ShouldBe(["北京市海淀区 Room", "A-1203"]);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_not_split()
    {
        var lines = ChineseTextLayout.Wrap("𠮷野家𠮷野家𠮷野家𠮷野家", Body, 30f);

        lines.ShouldAllBe(l => !char.IsLowSurrogate(l[0]) && !char.IsHighSurrogate(l[l.Length - 1]));
        string.Concat(lines).ShouldBe("𠮷野家𠮷野家𠮷野家𠮷野家");
    }
}
