using PrepaidPlatform.Platform.Text;

namespace PrepaidPlatform.Platform.Tests;

public sealed class TextLimitsTests
{
    [Theory]
    [InlineData("演示企业", 10, "演示企业")]
    [InlineData("演示企业", 2, "演示")]
    [InlineData("演示企业", 0, "")]
    // 𠀀 (U+20000, CJK Extension B) is two UTF-16 units: a cut through it leaves it out rather than half of it.
    [InlineData("演𠀀企业", 2, "演")]
    [InlineData("演𠀀企业", 3, "演𠀀")]
    public void Clip_keeps_at_most_the_length_and_never_half_a_character(string value, int length, string expected) =>
        TextLimits.Clip(value, length).ShouldBe(expected);
}
