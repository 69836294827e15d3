using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Tests.Uploads;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// The uploads of 备案信息 through the page (F3): required at submit, checked by content and template when posted,
/// a refused file leaves nothing (no row, no file, no half-saved draft) and hands back its per-row error report; a
/// replaced file is deleted; the district downloads its own district's files only.
/// </summary>
public sealed class FilingUploadTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Dictionary<string, (string, byte[])> NoFiles = [];

    [Fact]
    public async Task Uploads_are_required_at_submit_refused_with_a_report_and_nothing_kept_then_accepted_replaced_and_read_by_the_district()
    {
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);

        // A bad list (a street of another district, a bad phone) on the first save: nothing at all is stored.
        var badSites = Workbooks.Sites(
            Workbooks.Site("1", "演示餐厅（苹果园店）", "石景山区", "望京街道", "演示路2号", "010-68801234"),
            Workbooks.Site("2", "演示餐厅（八角店）", "石景山区", "八角街道", "演示路8号", "12345")).ToArray();
        var refused = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete(), files: new Dictionary<string, (string, byte[])>
        {
            ["UploadFiles.RedemptionSites"] = ("兑付场所.xlsx", badSites),
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        FilingInfoPage.TestId(html, "upload-error-RedemptionSites").ShouldStartWith("兑付场所信息有2处错误，未保存（第一处：第2行");
        var reportRows = Workbooks.Read(Convert.FromBase64String(ReportBase64(html)), "错误报告");
        reportRows.Count.ShouldBe(3);
        reportRows[1][0].ShouldBe("2");
        reportRows[2][0].ShouldBe("3");
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Applications")).ShouldBe(0);
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Attachments")).ShouldBe(0);
        StoredFiles().ShouldBeEmpty();

        // Submit without the uploads: every required one is named.
        var missing = await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete().With("Category", "MergedBranches"), files: NoFiles);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        FilingInfoPage.TestId(missingHtml, "upload-error-RedemptionSites").ShouldBe("请下载模板填写兑付场所信息后上传（Excel格式）。");
        FilingInfoPage.TestId(missingHtml, "upload-error-Branches").ShouldBe("合并分公司备案须下载模板填写分公司信息后上传（Excel格式）。");
        FilingInfoPage.TestId(missingHtml, "upload-error-Contract").ShouldBe("请参考《示范合同》模版填写盖章后上传预付卡合同（PDF格式）。");
        FilingInfoPage.TestId(missingHtml, "upload-error-CustodyProof").ShouldBe("请上传PDF格式银行证明文件。");
        FilingInfoPage.TestId(missingHtml, "upload-error-CommitmentLetter").ShouldBe("请上传签字并加盖公章的承诺书（PDF格式）。");
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Applications")).ShouldBe(0);

        // A draft with the good list, then a text file posing as the contract: the draft's list stays as it was.
        (await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete(), files: new Dictionary<string, (string, byte[])>
        {
            ["UploadFiles.RedemptionSites"] = ("兑付场所.xlsx", FilingInfoPage.Sites()),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        StoredFiles().Count.ShouldBe(1);
        var notPdf = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete().With("ShopName", "不应保存"), files: new Dictionary<string, (string, byte[])>
        {
            ["UploadFiles.Contract"] = ("合同.pdf", "这不是PDF"u8.ToArray()),
        });
        FilingInfoPage.TestId(await notPdf.Content.ReadAsStringAsync(), "upload-error-Contract").ShouldContain("预付卡合同");
        (await factory.DemoApplicationAsync()).ShopName.ShouldBe("演示餐厅");
        StoredFiles().Count.ShouldBe(1);
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Attachments")).ShouldBe(1);

        // Submit with all of them; the list is replaced (the old file is gone) and its rows are counted.
        var two = Workbooks.Sites(
            Workbooks.Site("1", "演示餐厅（苹果园店）", "石景山区", "苹果园街道", "演示路2号", "010-68801234"),
            Workbooks.Site("2", "演示餐厅（八角店）", "石景山区", "八角街道", "演示路8号", "13900000008")).ToArray();
        var files = FilingInfoPage.RequiredFiles();
        files["UploadFiles.RedemptionSites"] = ("兑付场所-终版.xlsx", two);
        var submitted = await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete(), files: files);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await submitted.Content.ReadAsStringAsync()));
        StoredFiles().Count.ShouldBe(4);
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Attachments WHERE Kind = 'RedemptionSites' AND RowCount = 2")).ShouldBe(1);
        var mine = await client.GetAsync("/Filing/Info?handler=Attachment&kind=RedemptionSites");
        (await mine.Content.ReadAsByteArrayAsync()).ShouldBe(two);

        // The district of the application reads the list and downloads the contract; another district cannot.
        var application = await factory.DemoApplicationAsync();
        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        var review = await reviewer.GetPageAsync(ReviewPage.Url(application.Id));
        review.ShouldContain("兑付场所-终版.xlsx");
        var contract = await reviewer.GetAsync(ReviewPage.Url(application.Id) + "?handler=Attachment&kind=Contract");
        contract.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await contract.Content.ReadAsByteArrayAsync()).ShouldBe(FilingInfoPage.Pdf("contract"));
        using var haidian = await factory.SignedInClientAsync("reviewer110108");
        (await haidian.GetAsync(ReviewPage.Url(application.Id) + "?handler=Attachment&kind=Contract")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_templates_download_with_their_dictionary_sheet()
    {
        using var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
        var response = await client.GetAsync("/Filing/Info?handler=Template&kind=Branches");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Workbooks.SheetNames(bytes).ShouldContain("字典");
        Workbooks.Read(bytes, "分公司信息")[0].ShouldBe(Workbooks.BranchHeader);
        (await client.GetAsync("/Filing/Info?handler=Template&kind=Contract")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string ReportBase64(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "href=\"data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,([^\"]+)\"").Groups[1].Value);

    /// <summary>The files in this host's store (under its data folder), leftovers of unfinished writes included.</summary>
    private List<string> StoredFiles()
    {
        var root = Path.Combine(factory.Services.GetRequiredService<IConfiguration>()["Database:DataFolder"]!, "files");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToList() : [];
    }
}
