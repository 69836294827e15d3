using System.Text;
using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Filing.Uploads;
using static PrepaidPlatform.Filing.Tests.Uploads.Workbooks;

namespace PrepaidPlatform.Filing.Tests.Uploads;

/// <summary>
/// 兑付场所信息 upload (6. 发卡信息 · 提示(3)): a filled-in template is read into typed rows; a file that breaks the
/// template is refused as a whole with one message, and bad rows are refused cell by cell with the Excel row number.
/// </summary>
public sealed class RedemptionSiteUploadTests
{
    private const string TemplateHint = "请使用下载的模板填写，不要删除、添加、修改列名或调整列的顺序。";

    private static Task<ExcelUploadResult<RedemptionSiteRow>> Parse(Stream file) => RedemptionSiteSheet.ParseAsync(file, Beijing);

    private static async Task<string> FileError(Stream file)
    {
        var result = await Parse(file);
        result.Succeeded.ShouldBeFalse();
        result.Rows.ShouldBeEmpty();
        var error = result.Errors.ShouldHaveSingleItem();
        (error.Row, error.Column).ShouldBe((null, null));
        return error.Message;
    }

    private static async Task<List<(int? Row, string? Column, string Message)>> RowErrors(Stream file)
    {
        var result = await Parse(file);
        result.Succeeded.ShouldBeFalse();
        result.Rows.ShouldBeEmpty(); // all or nothing: the good rows of a refused file are not kept either
        return result.Errors.Select(e => (e.Row, e.Column, e.Message)).ToList();
    }

    [Fact]
    public async Task A_filled_in_template_gives_one_typed_row_per_site_with_dictionary_codes()
    {
        var result = await Parse(Sites(
            WangjingSite,
            Site("2", "演示健身（国贸店）", "朝阳区", "建外街道", "建国门外大街1号B1层", "13800138000"),
            Site("", " 演示健身（中关村店） ", "海淀区", "中关村街道", "中关村大街27号3层", "010 6250 1234")));

        result.Errors.ShouldBeEmpty();
        result.Rows.Count.ShouldBe(3);
        result.Rows[0].ShouldBe(new RedemptionSiteRow(2, "演示健身（望京店）", "110105", "朝阳区",
            StreetDictionary.Of("110105").Single(s => s.Name == "望京街道").Code, "望京街道", "望京街10号1层101", "010-64001234"));
        result.Rows[1].Phone.ShouldBe("13800138000");
        result.Rows[2].RowNumber.ShouldBe(4);
        result.Rows[2].Name.ShouldBe("演示健身（中关村店）");
        result.Rows[2].DistrictCode.ShouldBe("110108");
        result.Rows[2].Phone.ShouldBe("010-62501234");
    }

    [Fact]
    public async Task Blank_rows_and_rows_with_only_a_number_are_skipped_and_row_numbers_stay_those_of_excel()
    {
        var result = await Parse(Sites(
            WangjingSite,
            [null, null, null, null, null, null],
            ["3", null, null, null, null, null],
            Site("4", "演示健身（国贸店）", "朝阳区", "建外街道", "建国门外大街1号B1层", 13800138000d)));

        result.Errors.ShouldBeEmpty();
        result.Rows.Select(r => r.RowNumber).ShouldBe([2, 5]);
        result.Rows[1].Phone.ShouldBe("13800138000"); // typed into a General cell: Excel stored a number
    }

    [Fact]
    public async Task A_renamed_column_is_named_with_its_place_and_the_template_name()
    {
        var header = SiteHeader.ToArray();
        header[1] = "门店名称";
        (await FileError(Xlsx([header, WangjingSite])))
            .ShouldBe($"兑付场所信息文件的表头与模板不一致：第2列“门店名称”应为“场所名称”。{TemplateHint}");
    }

    [Fact]
    public async Task An_added_column_is_refused()
    {
        (await FileError(Xlsx([[.. SiteHeader, "营业时间"], [.. WangjingSite, "9:00-21:00"]])))
            .ShouldBe($"兑付场所信息文件的表头与模板不一致：多出列“营业时间”。{TemplateHint}");
    }

    [Fact]
    public async Task A_deleted_column_is_refused()
    {
        (await FileError(Xlsx([SiteHeader[..5], WangjingSite[..5]])))
            .ShouldBe($"兑付场所信息文件的表头与模板不一致：缺少列“联系电话”。{TemplateHint}");
    }

    [Fact]
    public async Task Moved_columns_are_refused_with_the_template_order()
    {
        object?[] header = ["序号", "场所名称", "所在街道（乡镇）", "所在区", "详细地址", "联系电话"];
        (await FileError(Xlsx([header, Site("1", "演示健身（望京店）", "望京街道", "朝阳区", "望京街10号1层101", "010-64001234")])))
            .ShouldBe($"兑付场所信息文件的表头与模板不一致：列的顺序被调整，应依次为“序号”、“场所名称”、“所在区”、“所在街道（乡镇）”、“详细地址”、“联系电话”。{TemplateHint}");
    }

    [Fact]
    public async Task A_repeated_column_is_refused()
    {
        (await FileError(Xlsx([[.. SiteHeader, "联系电话"], [.. WangjingSite, "13800138000"]])))
            .ShouldBe($"兑付场所信息文件的表头与模板不一致：列“联系电话”重复。{TemplateHint}");
    }

    [Fact]
    public async Task Data_right_of_the_last_column_is_refused()
    {
        (await FileError(Xlsx([SiteHeader, WangjingSite, [.. WangjingSite, "备注"]])))
            .ShouldBe("兑付场所信息文件的表头与模板不一致：第7列没有列名却填写了内容（第3行）。请只在模板的6列中填写。");
    }

    [Fact]
    public async Task A_template_with_no_rows_filled_in_is_refused()
    {
        (await FileError(Xlsx([SiteHeader]))).ShouldBe("兑付场所信息文件中没有填写任何数据：请在表头下方至少填写一行。");
        (await FileError(Xlsx([SiteHeader, ["1", null, null, null, null, null], ["2", "", " ", null, null, null]])))
            .ShouldBe("兑付场所信息文件中没有填写任何数据：请在表头下方至少填写一行。");
    }

    [Fact]
    public async Task A_sheet_whose_first_row_is_blank_is_refused()
    {
        (await FileError(Xlsx([[null, null], SiteHeader, WangjingSite])))
            .ShouldBe("兑付场所信息文件的第1行应为表头（序号、场所名称、所在区、所在街道（乡镇）、详细地址、联系电话），但它是空行：请使用下载的模板填写，不要在表头上方插入行。");
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        (await FileError(Bytes([]))).ShouldBe("兑付场所信息文件为空（0字节），请使用下载的模板填写后上传。");
    }

    [Fact]
    public async Task A_text_file_renamed_xlsx_is_refused_by_its_content()
    {
        (await FileError(Bytes(Encoding.UTF8.GetBytes("序号,场所名称,所在区\n1,演示健身,朝阳区\n"))))
            .ShouldBe("兑付场所信息文件不是有效的Excel（.xlsx）文件（只改文件扩展名无效）：请使用下载的模板填写后上传。");
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_is_refused()
    {
        (await FileError(PlainZip())).ShouldBe("兑付场所信息文件不是有效的Excel（.xlsx）文件（只改文件扩展名无效）：请使用下载的模板填写后上传。");
    }

    [Fact]
    public async Task A_broken_workbook_is_refused()
    {
        var workbook = Sites(WangjingSite).ToArray();
        (await FileError(Bytes(workbook[..(workbook.Length / 2)])))
            .ShouldBe("兑付场所信息文件不是有效的Excel（.xlsx）文件（只改文件扩展名无效）：请使用下载的模板填写后上传。");
    }

    [Fact]
    public async Task An_old_xls_or_password_protected_file_is_refused_with_what_to_do()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        (await FileError(Bytes(ole))).ShouldBe("兑付场所信息文件是旧版Excel（.xls）文件或设有打开密码：请使用下载的模板（.xlsx格式）填写，不要设置密码。");
    }

    [Fact]
    public async Task A_file_over_two_megabytes_is_refused_before_it_is_read()
    {
        var large = new byte[UploadLimits.ExcelMaxBytes + 1];
        "PK\u0003\u0004"u8.CopyTo(large);
        (await FileError(Bytes(large))).ShouldBe("兑付场所信息文件超过2 MB的大小限制：请使用下载的模板，只填写兑付场所信息，不要插入图片等其他内容。");
    }

    [Fact]
    public async Task More_rows_than_the_limit_are_refused()
    {
        var rows = Enumerable.Range(1, UploadLimits.ExcelMaxRows + 1)
            .Select(i => Site(i.ToString(), $"演示健身{i}号店", "朝阳区", "望京街道", $"望京街{i}号", "13800138000"));
        (await FileError(Sites([.. rows]))).ShouldBe("兑付场所信息文件的数据超过2000行的上限（只填了序号的行也计入），请删除多余的行后重新上传。");
    }

    [Fact]
    public async Task Exactly_the_row_limit_is_accepted()
    {
        var rows = Enumerable.Range(1, UploadLimits.ExcelMaxRows)
            .Select(i => Site(i.ToString(), $"演示健身{i}号店", "朝阳区", "望京街道", $"望京街{i}号", "13800138000"));
        (await Parse(Sites([.. rows]))).Rows.Count.ShouldBe(2000);
    }

    [Fact]
    public async Task Required_cells_left_empty_are_named_one_by_one()
    {
        (await RowErrors(Sites(Site("1", "", "朝阳区", "", "望京街10号", " "))))
            .ShouldBe([
                (2, "场所名称", "请填写场所名称。"),
                (2, "所在街道（乡镇）", "请填写所在街道（乡镇）。"),
                (2, "联系电话", "请填写联系电话。"),
            ]);
    }

    [Fact]
    public async Task A_district_outside_the_dictionary_is_refused_and_its_street_is_not_judged()
    {
        (await RowErrors(Sites(WangjingSite, Site("2", "演示健身（通州店）", "通州", "梨园镇", "梨园路1号", "13800138000"))))
            .ShouldBe([(3, "所在区", "所在区“通州”不在字典中：请填写“字典”工作表中的区名称（如“朝阳区”）。")]);
    }

    [Fact]
    public async Task A_street_of_another_district_is_refused_naming_both_districts()
    {
        (await RowErrors(Sites(Site("1", "演示健身（中关村店）", "朝阳区", "中关村街道", "中关村大街27号", "13800138000"))))
            .ShouldBe([(2, "所在街道（乡镇）", "所在街道（乡镇）“中关村街道”属于海淀区，不属于朝阳区：请填写“字典”工作表中朝阳区的街道（乡镇）。")]);
    }

    [Fact]
    public async Task A_street_in_no_district_is_refused()
    {
        (await RowErrors(Sites(Site("1", "演示健身", "朝阳区", "望京", "望京街10号", "13800138000"))))
            .ShouldBe([(2, "所在街道（乡镇）", "所在街道（乡镇）“望京”不在字典中：请填写“字典”工作表中朝阳区的街道（乡镇）。")]);
    }

    [Theory]
    [InlineData("1380013800")]
    [InlineData("23800138000")]
    [InlineData("64001234")]
    [InlineData("010-1234")]
    [InlineData("010-01234567")]
    [InlineData("电话13800138000")]
    [InlineData("400-800-1234")]
    public async Task A_phone_that_is_neither_mobile_nor_landline_with_area_code_is_refused(string phone)
    {
        (await RowErrors(Sites(Site("1", "演示健身", "朝阳区", "望京街道", "望京街10号", phone))))
            .ShouldBe([(2, "联系电话", "联系电话格式不正确：请填写11位手机号码，或带区号的固定电话（如010-12345678）。")]);
    }

    [Theory]
    [InlineData("13800138000", "13800138000")]
    [InlineData("138 0013 8000", "13800138000")]
    [InlineData("+86 138-0013-8000", "13800138000")]
    [InlineData("010-64001234", "010-64001234")]
    [InlineData("01064001234", "010-64001234")]
    [InlineData("(010)64001234", "010-64001234")]
    [InlineData("０１０－６４００１２３４", "010-64001234")]
    [InlineData("022-2345678", "022-2345678")]
    [InlineData("0755-23456789-801", "0755-23456789-801")]
    [InlineData("075523456789", "0755-23456789")]
    public async Task Mobile_and_landline_numbers_are_accepted_and_stored_in_one_form(string phone, string stored)
    {
        var result = await Parse(Sites(Site("1", "演示健身", "朝阳区", "望京街道", "望京街10号", phone)));
        result.Errors.ShouldBeEmpty();
        result.Rows.ShouldHaveSingleItem().Phone.ShouldBe(stored);
    }

    [Fact]
    public async Task A_name_longer_than_its_limit_is_refused()
    {
        (await RowErrors(Sites(Site("1", new string('店', 101), "朝阳区", "望京街道", "望京街10号", "13800138000"))))
            .ShouldBe([(2, "场所名称", "场所名称不能超过100个字（现有101个字）。")]);
    }

    [Fact]
    public async Task The_same_place_twice_is_refused_on_the_later_row_even_with_other_spacing()
    {
        (await RowErrors(Sites(
                WangjingSite,
                Site("2", "演示健身（国贸店）", "朝阳区", "建外街道", "建国门外大街1号B1层", "13800138000"),
                Site("3", "演示健身望京二店", "朝阳区", "望京街道", "望京街10号 1层101", "13800138001"))))
            .ShouldBe([(4, "详细地址", "与第2行重复：所在区、所在街道（乡镇）和详细地址都相同，同一场所只填写一行。")]);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_in_row_and_column_order_with_its_values()
    {
        var result = await Parse(Sites(
            WangjingSite,
            Site("2", "演示健身（国贸店）", "朝阳", "建外街道", "建国门外大街1号", "12345"),
            Site("3", "演示健身（望京二店）", "朝阳区", "望京街道", "望京街10号1层101", "13800138000")));

        result.Errors.Select(e => e.Describe()).ShouldBe([
            "第3行“所在区”：所在区“朝阳”不在字典中：请填写“字典”工作表中的区名称（如“朝阳区”）。",
            "第3行“联系电话”：联系电话格式不正确：请填写11位手机号码，或带区号的固定电话（如010-12345678）。",
            "第4行“详细地址”：与第2行重复：所在区、所在街道（乡镇）和详细地址都相同，同一场所只填写一行。",
        ]);
        result.Errors[0].Values.ShouldBe(["2", "演示健身（国贸店）", "朝阳", "建外街道", "建国门外大街1号", "12345"]);
    }
}
