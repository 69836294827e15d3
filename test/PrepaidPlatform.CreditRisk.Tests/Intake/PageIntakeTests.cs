using System.Data;
using System.Net;
using MiniExcelLibs;
using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.CreditRisk.Tests.CreditRiskArrangement;

namespace PrepaidPlatform.CreditRisk.Tests.Intake;

/// <summary>Manual entry with its attachment, the 信用档案 page, the Excel import — and what another district may not see or do.</summary>
public sealed class PageIntakeTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%测试\n"u8.ToArray();

    private static Dictionary<string, string> Manual(string uscc, string reference, string date = "2026-02-01", string source = "区人民法院") => new()
    {
        ["Input.Uscc"] = uscc, ["Input.Class"] = "负面", ["Input.Type"] = "失信被执行人", ["Input.Source"] = source, ["Input.Date"] = date,
        ["Input.Reference"] = reference, ["Input.Summary"] = "测试",
    };

    [Fact]
    public async Task District_staff_enter_a_record_with_its_attachment_and_see_it_in_the_archive_which_another_district_cannot()
    {
        var op = await factory.OperatorAsync("110107");
        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var reference = "FY-" + op.Uscc;
        var (status, _, location) = await reviewer.PostMultipartAsync("/CreditRisk/Records/New", Manual(op.Uscc, reference), (Pdf, "判决书.pdf", "Attachment"));
        status.ShouldBe(HttpStatusCode.Redirect);
        location.ShouldBe($"/CreditRisk/Archive/{op.OperatorUserId}");

        var archive = WebUtility.HtmlDecode(await reviewer.GetPageAsync(location!));
        archive.ShouldContain(reference);
        archive.ShouldContain("区人民法院");
        archive.ShouldContain("判决书.pdf");
        archive.ShouldContain("限制发卡");
        archive.ShouldContain("红码");
        // No card system feeds its T+1 figures: the warning light beside the code.
        archive.ShouldContain("data-testid=\"archive-warning-light\"");
        archive.ShouldContain("未对接");
        archive.ShouldNotContain("data-testid=\"archive-t1\"");
        (await reviewer.GetPageAsync("/CreditRisk/Archive")).ShouldContain(op.Uscc);

        // 海淀区 can neither read the archive nor the attachment, nor enter a record for 石景山区's operator.
        using var other = await factory.SignedInClientAsync("reviewer110108");
        (await other.GetAsync(location!)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetPageAsync("/CreditRisk/Archive")).ShouldNotContain(op.Uscc);
        var (otherStatus, otherHtml, _) = await other.PostMultipartAsync("/CreditRisk/Records/New", Manual(op.Uscc, "FY2-" + op.Uscc), (Pdf, "判决书.pdf", "Attachment"));
        otherStatus.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(otherHtml).ShouldContain("未知的统一社会信用代码");
        (await factory.RecordCountAsync(op.OperatorUserId)).ShouldBe(1);
    }

    [Fact]
    public async Task Manual_entry_refuses_a_missing_or_fake_attachment_a_future_date_and_a_duplicate_reference()
    {
        var op = await factory.OperatorAsync("110107");
        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var (_, noFile, _) = await reviewer.PostMultipartAsync("/CreditRisk/Records/New", Manual(op.Uscc, "M1-" + op.Uscc), null);
        PlatformClient.ValidationSummary(noFile).ShouldContain("请上传证明材料");

        var (_, fake, _) = await reviewer.PostMultipartAsync("/CreditRisk/Records/New", Manual(op.Uscc, "M2-" + op.Uscc), ("not a pdf"u8.ToArray(), "判决书.pdf", "Attachment"));
        PlatformClient.ValidationSummary(fake).ShouldContain("须为 PDF、JPG 或 PNG 文件");

        var tomorrow = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8)).AddDays(1).ToString("yyyy-MM-dd");
        var (_, future, _) = await reviewer.PostMultipartAsync("/CreditRisk/Records/New", Manual(op.Uscc, "M3-" + op.Uscc, tomorrow), (Pdf, "a.pdf", "Attachment"));
        PlatformClient.ValidationSummary(future).ShouldContain("不得填写将来的日期");

        var (_, noSource, _) = await reviewer.PostMultipartAsync("/CreditRisk/Records/New", Manual(op.Uscc, "M4-" + op.Uscc, source: ""), (Pdf, "a.pdf", "Attachment"));
        PlatformClient.ValidationSummary(noSource).ShouldContain("缺少信息来源");

        (await factory.IngestAsync(Input(op.Uscc, reference: "M5-" + op.Uscc))).Single().Result.ShouldBe(IntakeResult.Accepted);
        var (_, duplicate, _) = await reviewer.PostMultipartAsync("/CreditRisk/Records/New", Manual(op.Uscc, "M5-" + op.Uscc), (Pdf, "a.pdf", "Attachment"));
        PlatformClient.ValidationSummary(duplicate).ShouldContain("已有记录");
        (await factory.RecordCountAsync(op.OperatorUserId)).ShouldBe(1);
    }

    [Fact]
    public async Task The_import_is_all_or_nothing_with_every_rows_result()
    {
        var op = await factory.OperatorAsync("110108");
        using var city = await factory.SignedInClientAsync("cityadmin");
        (await city.GetAsync("/CreditRisk/Import?handler=Template")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Three complaints of the last 90 days make 黄码 (the default rule).
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8)).ToString("yyyy-MM-dd");
        var good = new[] { op.Uscc, "投诉", CreditClasses.PrepaidComplaint, "12345热线", today, "TS-1-" + op.Uscc, "", "" };
        var bad = new[] { op.Uscc, "投诉", CreditClasses.PrepaidComplaint, "", today, "TS-2-" + op.Uscc, "", "" };
        var (_, refused, _) = await city.PostMultipartAsync("/CreditRisk/Import", [], (Xlsx(good, bad), "信用信息.xlsx", "Upload"));
        refused.ShouldContain("整份文件未导入");
        refused.ShouldContain("缺少信息来源");
        refused.ShouldContain("本行无误，但文件中有被拒绝的行");
        (await factory.RecordCountAsync(op.OperatorUserId)).ShouldBe(0);

        var (_, header, _) = await city.PostMultipartAsync("/CreditRisk/Import", [], ("not a workbook"u8.ToArray(), "信用信息.xlsx", "Upload"));
        header.ShouldContain("不是有效的Excel");

        var second = (string[])good.Clone();
        second[5] = "TS-3-" + op.Uscc;
        var third = (string[])good.Clone();
        third[5] = "TS-4-" + op.Uscc;
        var (_, stored, _) = await city.PostMultipartAsync("/CreditRisk/Import", [], (Xlsx(good, second, third), "信用信息.xlsx", "Upload"));
        stored.ShouldContain("已导入。");
        (await factory.RecordCountAsync(op.OperatorUserId)).ShouldBe(3);
        (await factory.CodeAsync(op.OperatorUserId))!.Colour.ShouldBe(RiskColour.Yellow);

        // District staff may not import.
        using var reviewer = await factory.SignedInClientAsync("reviewer110108");
        (await reviewer.GetAsync("/CreditRisk/Import")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task A_zip_bomb_an_external_link_and_an_old_xls_are_refused_by_the_kernels_check_and_nothing_is_kept()
    {
        var op = await factory.OperatorAsync("110108");
        using var city = await factory.SignedInClientAsync("cityadmin");
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime.AddHours(8)).ToString("yyyy-MM-dd");
        var valid = Xlsx([op.Uscc, "投诉", CreditClasses.PrepaidComplaint, "12345热线", today, "TS-H-" + op.Uscc, "", ""]);
        var hostile = new (byte[] Content, string Refusal)[]
        {
            (HostileWorkbooks.WithBomb(new MemoryStream(valid), 51 * 1024 * 1024).ToArray(), "文件解压后过大，不是按模板填写的信用信息"),
            (HostileWorkbooks.WithExternalLink(new MemoryStream(valid)).ToArray(), "文件含有指向其他工作簿的外部链接或宏"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "文件是旧版Excel（.xls）文件或设有打开密码"),
        };
        foreach (var (content, refusal) in hostile)
        {
            var (_, page, _) = await city.PostMultipartAsync("/CreditRisk/Import", [], (content, "信用信息.xlsx", "Upload"));
            page.ShouldContain("整份文件未导入");
            page.ShouldContain(refusal);
        }

        (await factory.RecordCountAsync(op.OperatorUserId)).ShouldBe(0);
    }

    private static byte[] Xlsx(params string[][] rows)
    {
        var table = new DataTable(CreditRecordImport.Title);
        foreach (var (header, _) in CreditRecordImport.Columns)
        {
            table.Columns.Add(header, typeof(string));
        }

        foreach (var row in rows)
        {
            table.Rows.Add(row.Cast<object>().ToArray());
        }

        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: CreditRecordImport.Title);
        return stream.ToArray();
    }
}
