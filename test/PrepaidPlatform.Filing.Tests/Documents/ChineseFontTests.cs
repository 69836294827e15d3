using PrepaidPlatform.Filing.Documents;
using SkiaSharp;

namespace PrepaidPlatform.Filing.Tests.Documents;

/// <summary>The documents' CJK typeface: the configured file, else Debian's WenQuanYi Micro Hei, else what fontconfig has.</summary>
public sealed class ChineseFontTests
{
    private const string Wqy = ChineseFont.DebianWqyMicroHei;

    [Fact]
    public void Configured_font_file_comes_first()
    {
        var font = new ChineseFont(Wqy, ["/nowhere/else.ttf"], () => throw new InvalidOperationException("not asked"));

        font.Typeface.ContainsGlyphs("备案回执").ShouldBeTrue();
        font.Source.ShouldBe(Wqy);
    }

    [Fact]
    public void A_configured_path_that_is_missing_or_not_a_font_falls_back_to_the_Debian_font()
    {
        var notAFont = Path.GetTempFileName();
        try
        {
            File.WriteAllText(notAFont, "这不是字体文件");
            foreach (var configured in new[] { "/nowhere/font.ttf", notAFont })
            {
                var font = new ChineseFont(configured);

                font.Typeface.ContainsGlyphs("单用途商业预付卡").ShouldBeTrue(configured);
                font.Source.ShouldBe(Wqy, configured);
            }
        }
        finally
        {
            File.Delete(notAFont);
        }
    }

    [Fact]
    public void Without_font_files_the_system_font_manager_is_asked()
    {
        var font = new ChineseFont(null, ["/nowhere/font.ttc"], () => SKTypeface.FromFile(Wqy));

        font.Typeface.ContainsGlyphs("中").ShouldBeTrue();
        font.Source!.ShouldStartWith("system: ");
    }

    [Fact]
    public void With_no_Chinese_font_anywhere_the_message_says_which_Debian_package_to_install()
    {
        var font = new ChineseFont("/nowhere/configured.ttf", ["/nowhere/font.ttc"], () => null);

        var error = Should.Throw<InvalidOperationException>(() => font.Typeface);

        error.Message.ShouldContain("未找到可用的中文字体");
        error.Message.ShouldContain("fonts-wqy-microhei");
        error.Message.ShouldContain("Filing:Documents:FontPath");
        error.Message.ShouldContain("/nowhere/configured.ttf");
    }

    [Fact]
    public void Font_is_looked_up_once_for_all_threads_but_a_failed_lookup_is_tried_again()
    {
        var asked = 0;
        var font = new ChineseFont(null, [], () => Interlocked.Increment(ref asked) == 1 ? null : SKTypeface.FromFile(Wqy));

        Should.Throw<InvalidOperationException>(() => font.Typeface);
        var typefaces = Enumerable.Range(0, 16).AsParallel().Select(_ => font.Typeface).ToList();

        typefaces.Distinct().Count().ShouldBe(1);
        asked.ShouldBe(2);
    }
}
