using System.Text.RegularExpressions;
using PrepaidPlatform.Filing.Uploads;
using PrepaidPlatform.Platform.Uploads;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Filing.Tests.Uploads.Workbooks;

namespace PrepaidPlatform.Filing.Tests.Uploads;

/// <summary>
/// Issue 15 item 4: hostile workbooks (zip bomb, a million rows, external links, formulas) are refused with a Chinese
/// message or read as inert text, through the kernel's one check (<see cref="WorkbookPackage"/>) that Custody uses too.
/// </summary>
public sealed class HostileWorkbookTests
{
    private static async Task<string> FileError(Stream file)
    {
        var result = await RedemptionSiteSheet.ParseAsync(file, Beijing);
        result.Succeeded.ShouldBeFalse();
        result.Rows.ShouldBeEmpty();
        return result.Errors.ShouldHaveSingleItem().Message;
    }

    [Fact]
    public async Task A_zip_bomb_under_two_megabytes_is_refused_by_what_it_unpacks_to()
    {
        var bomb = HostileWorkbooks.WithBomb(Sites(WangjingSite), (int)UploadLimits.ExcelMaxUnpackedBytes + 1);
        bomb.Length.ShouldBeLessThan(UploadLimits.ExcelMaxBytes);
        (await FileError(bomb)).ShouldBe("兑付场所信息文件解压后超过20 MB，不是按模板填写的文件：请使用下载的模板填写后上传。");
    }

    [Fact]
    public async Task A_row_numbered_a_million_down_is_refused_without_reading_a_million_empty_rows()
    {
        var far = HostileWorkbooks.WithLastExcelRow(Sites(WangjingSite));
        var started = System.Diagnostics.Stopwatch.StartNew();
        (await FileError(far)).ShouldContain("行（含空行）");
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Rows_with_only_a_number_count_towards_the_row_cap()
    {
        // The review's finding: 序号-only rows were skipped before the cap, so any number of them was read to the end.
        var numbered = Enumerable.Range(1, UploadLimits.ExcelMaxRows).Select(i => Site(i.ToString(), "", "", "", "", ""));
        (await FileError(Sites([WangjingSite, .. numbered])))
            .ShouldBe("兑付场所信息文件的数据超过2000行的上限（只填了序号的行也计入），请删除多余的行后重新上传。");
    }

    [Fact]
    public async Task A_workbook_with_an_external_link_or_macros_is_refused()
    {
        var linked = HostileWorkbooks.WithExternalLink(Sites(WangjingSite));
        (await FileError(linked)).ShouldBe("兑付场所信息文件含有指向其他工作簿的外部链接或宏，未读取：请使用下载的模板，只填写兑付场所信息。");
        var macros = HostileWorkbooks.WithPart(Sites(WangjingSite), "xl/vbaProject.bin", _ => [1, 2, 3]);
        (await FileError(macros)).ShouldContain("外部链接或宏");
    }

    [Fact]
    public async Task A_formula_is_read_as_its_text_or_cached_value_never_evaluated()
    {
        var result = await RedemptionSiteSheet.ParseAsync(
            Sites(Site("1", "=HYPERLINK(\"http://example.invalid\",\"点我\")", "朝阳区", "望京街道", "<script>alert(1)</script>", "010-64001234")), Beijing);
        var row = result.Rows.ShouldHaveSingleItem();
        row.Name.ShouldBe("=HYPERLINK(\"http://example.invalid\",\"点我\")");
        row.Address.ShouldBe("<script>alert(1)</script>");

        var cached = HostileWorkbooks.WithSheet(Sites(WangjingSite), (xml, p) => Regex.Replace(xml, $"<{p}c r=\"B2\"[^>]*>.*?</{p}c>",
            $"<{p}c r=\"B2\" t=\"str\"><{p}f>WEBSERVICE(\"http://example.invalid\")</{p}f><{p}v>演示健身（缓存值店）</{p}v></{p}c>"));
        cached.Length.ShouldBeGreaterThan(0);
        (await RedemptionSiteSheet.ParseAsync(cached, Beijing)).Rows.ShouldHaveSingleItem().Name.ShouldBe("演示健身（缓存值店）");
    }

    [Fact]
    public void The_kernel_check_counts_what_a_part_really_inflates_to()
    {
        var bomb = HostileWorkbooks.WithBomb(Sites(WangjingSite), 3 * 1024 * 1024).ToArray();
        WorkbookPackage.Check(bomb, 2 * 1024 * 1024).ShouldBe(WorkbookCheck.TooLargeUnpacked);
        WorkbookPackage.Check(bomb, 10 * 1024 * 1024).ShouldBe(WorkbookCheck.Workbook);
        WorkbookPackage.Check("%PDF-1.7"u8, 1024).ShouldBe(WorkbookCheck.NotAWorkbook);
        WorkbookPackage.Check(PlainZip().ToArray(), 1024).ShouldBe(WorkbookCheck.NotAWorkbook);
    }
}
