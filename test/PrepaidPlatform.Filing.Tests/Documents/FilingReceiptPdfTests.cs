using PrepaidPlatform.Filing.Documents;
using static PrepaidPlatform.Filing.Tests.Documents.DocumentProbes;

namespace PrepaidPlatform.Filing.Tests.Documents;

/// <summary>备案回执 (F6): one A4 page with the filing's fields in Chinese, searchable, with the filing code when asked.</summary>
public sealed class FilingReceiptPdfTests
{
    private const string VerifyUrl = "https://yfk.example.gov.cn/filing-code/SW2026120200001";

    private static readonly FilingReceiptData Receipt = new(
        FilingNumber: "SW2026120200001",
        OperatorName: "北京演示餐饮管理有限公司",
        Uscc: "91110108MA01ABCD2X",
        Address: "北京市海淀区中关村大街27号",
        IndustryName: "餐饮业-正餐服务",
        DistrictBureau: "北京市海淀区商务局",
        FiledOn: new DateOnly(2026, 12, 2));

    private readonly FilingReceiptPdf pdf = new(Font);

    [Fact]
    public void Receipt_is_a_single_A4_page_pdf_titled_备案回执()
    {
        var bytes = pdf.Render(Receipt);

        bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8).ShouldBeTrue();
        var info = PdfInfo(bytes);
        info.ShouldMatch(@"Pages:\s+1\n");
        info.ShouldMatch(@"Page size:\s+595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)");
        info.ShouldMatch(@"Title:\s+单用途商业预付卡备案回执\n");
    }

    [Fact]
    public void Receipt_shows_each_field_beside_its_Chinese_label_and_the_date_in_Chinese()
    {
        var lines = PdfText(pdf.Render(Receipt), "-layout").Split('\n').Select(l => l.Trim()).ToList();

        lines.ShouldContain("单用途商业预付卡备案回执");
        ShouldShowRow(lines, "备案编号", "SW2026120200001");
        ShouldShowRow(lines, "经营者名称", "北京演示餐饮管理有限公司");
        ShouldShowRow(lines, "统一社会信用代码", "91110108MA01ABCD2X");
        ShouldShowRow(lines, "注册地址", "北京市海淀区中关村大街27号");
        ShouldShowRow(lines, "所属行业", "餐饮业-正餐服务");
        ShouldShowRow(lines, "备案机关", "北京市海淀区商务局");
        ShouldShowRow(lines, "备案日期", "2026年12月02日");
        lines.ShouldNotContain(l => l.Contains("店铺名称", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains("经营地址", StringComparison.Ordinal));

        var text = WithoutWhitespace(string.Join(string.Empty, lines));
        text.ShouldContain("经北京市海淀区商务局确认，北京演示餐饮管理有限公司已完成单用途商业预付卡经营备案");
        text.ShouldContain("特此回执。");
    }

    [Fact]
    public void Shop_name_and_a_different_premises_address_get_their_own_rows()
    {
        var lines = PdfText(pdf.Render(Receipt with { ShopName = "演示小馆", PremisesAddress = "北京市海淀区海淀大街8号B1层" }), "-layout")
            .Split('\n').Select(l => l.Trim()).ToList();

        ShouldShowRow(lines, "店铺名称", "演示小馆");
        ShouldShowRow(lines, "经营地址", "北京市海淀区海淀大街8号B1层");
    }

    [Fact]
    public void Chinese_is_drawn_with_an_embedded_font_that_maps_back_to_Unicode()
    {
        var fonts = PdfFonts(pdf.Render(Receipt)).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();

        fonts.ShouldNotBeEmpty();
        // Columns: name type encoding emb sub uni object-id; every font embedded, with a ToUnicode map.
        fonts.ShouldAllBe(l => l.Contains(" yes yes yes ", StringComparison.Ordinal));
        var postScriptName = Font.Typeface.FamilyName.Replace(" ", string.Empty, StringComparison.Ordinal);
        fonts.ShouldContain(l => l.Contains(postScriptName, StringComparison.Ordinal) && l.Contains("Identity-H", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_outlines_of_the_page_characters_are_embedded_so_the_receipt_stays_small()
    {
        // The whole WenQuanYi Micro Hei embeds as 2.3 MB; the characters of one receipt take a few kilobytes.
        pdf.Render(Receipt with { VerifyUrl = VerifyUrl }).Length.ShouldBeLessThan(150_000);
    }

    [Fact]
    public void Long_address_wraps_inside_the_table_and_nothing_leaves_the_margins()
    {
        const string longAddress = "北京市海淀区中关村南大街甲18号院北京国际大厦C座12层1203室（中关村科技园区海淀园核心区，近地铁四号线魏公村站A口，东侧停车场入口旁）";
        var bytes = pdf.Render(Receipt with { Address = longAddress });

        var words = PdfWords(bytes);
        words.ShouldNotBeEmpty();
        // 72 pt margins on A4 (595.28 pt); a hanging closing bracket may reach into the cell padding, not past the rule.
        words.ShouldAllBe(w => w.XMin >= 71 && w.XMax <= 595.28 - 72 + 0.5, string.Join("\n", words.Where(w => w.XMax > 523.78 || w.XMin < 71)));

        var addressLines = words.Where(w => w.Text.Length > 0 && longAddress.Contains(w.Text, StringComparison.Ordinal) && w.Text.Length > 4).ToList();
        addressLines.Select(w => w.YMin).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2);
        WithoutWhitespace(PdfText(bytes)).ShouldContain(longAddress);
    }

    [Fact]
    public void Receipt_carries_the_filing_code_QR_only_when_the_verify_url_is_given()
    {
        var withCode = DecodeQr(PdfPagePng(pdf.Render(Receipt with { VerifyUrl = VerifyUrl }), 200));
        var without = DecodeQr(PdfPagePng(pdf.Render(Receipt), 200));

        withCode.ShouldNotBeNull().Text.ShouldBe(VerifyUrl);
        without.ShouldBeNull();
    }

    [Fact]
    public async Task Receipts_rendered_at_the_same_time_each_show_their_own_filing()
    {
        var numbers = Enumerable.Range(1, 12).Select(i => $"SW20261202{i:D5}").ToList();

        var rendered = await Task.WhenAll(numbers.Select(n => Task.Run(() => pdf.Render(Receipt with { FilingNumber = n, OperatorName = $"经营者{n[^2..]}号" }))));

        for (var i = 0; i < numbers.Count; i++)
        {
            var text = WithoutWhitespace(PdfText(rendered[i]));
            text.ShouldContain(numbers[i]);
            text.ShouldContain($"经营者{numbers[i][^2..]}号");
        }
    }

    /// <summary>A line of the layout text that is the label, blank space, then the value: one table row.</summary>
    private static void ShouldShowRow(List<string> lines, string label, string value)
    {
        var row = lines.FirstOrDefault(l => l.StartsWith(label, StringComparison.Ordinal) && l.EndsWith(value, StringComparison.Ordinal));
        row.ShouldNotBeNull($"{label} {value}\n{string.Join("\n", lines)}");
        row[label.Length..^value.Length].ShouldBe(new string(' ', row.Length - label.Length - value.Length));
    }
}
