using PrepaidPlatform.Filing.Uploads;
using static PrepaidPlatform.Filing.Tests.Uploads.Workbooks;

namespace PrepaidPlatform.Filing.Tests.Uploads;

/// <summary>服务系统提供模板下载 and 上传失败后，可下载并查看失败原因 (6. 发卡信息 · 提示(3)).</summary>
public sealed class TemplateAndReportTests
{
    [Fact]
    public void The_site_template_has_the_header_row_only_then_instructions_and_the_dictionary()
    {
        var template = RedemptionSiteSheet.Template(Beijing);

        SheetNames(template).ShouldBe(["兑付场所信息", "填写说明", "字典"]);
        Read(template, "兑付场所信息").ShouldBe([SiteHeader.ToList()]);
    }

    [Fact]
    public void The_instructions_give_each_columns_rule_and_a_marked_example_and_the_manuals_hints()
    {
        var rows = Read(BranchSheet.Template(Beijing), "填写说明");

        rows[0].ShouldBe(["项目", "是否必填", "填写要求", "示例"]);
        rows.Skip(1).Take(8).Select(r => r[0]).ShouldBe(BranchHeader);
        rows[1][1].ShouldBe("选填"); // 序号
        rows[3].Take(2).ShouldBe(["统一社会信用代码", "必填"]);
        rows.ShouldContain(r => r[2] == "不要修改模板格式：如删除或添加列，也不要修改列名或调整列的顺序。");
        rows.ShouldContain(r => r[2] == "有数据字典的列（所在区、所在街道（乡镇）），请务必使用“字典”工作表中的文字内容，请勿自定义。");
    }

    [Fact]
    public void The_dictionary_lists_every_district_with_each_of_its_streets()
    {
        var rows = Read(RedemptionSiteSheet.Template(Beijing), "字典");

        rows[0].ShouldBe(["所在区", "所在街道（乡镇）"]);
        rows.Skip(1).Select(r => r[0]).Distinct().ShouldBe(Beijing.Districts.Select(d => d.Name));
        rows.ShouldContain(r => r[0] == "朝阳区" && r[1] == "望京街道");
        rows.ShouldContain(r => r[0] == "北京经济技术开发区" && r[1] == "亦庄地区");
        rows.ShouldNotContain(r => r[0] == "朝阳区" && r[1] == "中关村街道");
        rows.Count.ShouldBe(1 + Dictionaries.StreetDictionary.All.Count);
    }

    [Theory]
    [InlineData("兑付场所信息")]
    [InlineData("分公司信息")]
    public async Task The_example_row_of_the_instructions_passes_the_upload_checks(string title)
    {
        var spec = title == "兑付场所信息" ? RedemptionSiteSheet.Spec : BranchSheet.Spec;
        var template = title == "兑付场所信息" ? RedemptionSiteSheet.Template(Beijing) : BranchSheet.Template(Beijing);
        var example = Read(template, "填写说明").Skip(1).Take(spec.Columns.Count).Select(r => (object?)r[3]).ToArray();

        using var filled = Xlsx([[.. spec.Headers], example], title);
        var errors = title == "兑付场所信息"
            ? (await RedemptionSiteSheet.ParseAsync(filled, Beijing)).Errors
            : (await BranchSheet.ParseAsync(filled, Beijing, headOfficeCreditCode: null)).Errors;
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_unfilled_template_is_read_from_its_data_sheet_and_refused_as_empty()
    {
        var result = await RedemptionSiteSheet.ParseAsync(new MemoryStream(RedemptionSiteSheet.Template(Beijing)), Beijing);
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("兑付场所信息文件中没有填写任何数据：请在表头下方至少填写一行。");
    }

    [Fact]
    public async Task The_error_report_has_row_column_reason_and_the_rows_values()
    {
        var result = await RedemptionSiteSheet.ParseAsync(Sites(
            WangjingSite,
            Site("2", "演示健身（国贸店）", "朝阳", "建外街道", "建国门外大街1号", "12345"),
            Site("3", "", "海淀区", "中关村街道", "中关村大街27号", "13800138000")), Beijing);

        var report = Read(RedemptionSiteSheet.ErrorReport(result.Errors), "错误报告");

        report.ShouldBe([
            ["行号", "列", "错误说明", "序号", "场所名称", "所在区", "所在街道（乡镇）", "详细地址", "联系电话"],
            ["3", "所在区", "所在区“朝阳”不在字典中：请填写“字典”工作表中的区名称（如“朝阳区”）。", "2", "演示健身（国贸店）", "朝阳", "建外街道", "建国门外大街1号", "12345"],
            ["3", "联系电话", "联系电话格式不正确：请填写11位手机号码，或带区号的固定电话（如010-12345678）。", "2", "演示健身（国贸店）", "朝阳", "建外街道", "建国门外大街1号", "12345"],
            ["4", "场所名称", "请填写场所名称。", "3", "", "海淀区", "中关村街道", "中关村大街27号", "13800138000"],
        ]);
        RedemptionSiteSheet.Spec.ErrorReportFileName.ShouldBe("兑付场所信息错误报告.xlsx");
    }

    [Fact]
    public async Task A_whole_file_problem_is_one_report_line_without_row_or_column()
    {
        var result = await BranchSheet.ParseAsync(Xlsx([["序号", "名称"], ["1", "望京分公司"]], "分公司信息"), Beijing, null);

        var report = Read(BranchSheet.ErrorReport(result.Errors), "错误报告");

        report.Count.ShouldBe(2);
        report[1].Take(3).ShouldBe(["", "", result.Errors.Single().Message]);
        report[1].Skip(3).ShouldAllBe(v => v == "");
    }
}
