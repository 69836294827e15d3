using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Filing.Tests.Arrangements;
using PrepaidPlatform.Filing.Tests.Uploads;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// The uploads of 备案信息 through the page (F3): required at submit, checked by content and template when posted,
/// a refused file leaves nothing (no row, no file, no half-saved draft) and hands back its per-row error report; a
/// replaced file is deleted; the district downloads its own district's files only. The demo operator's uploads, refused
/// and accepted up to the submit, are walked once per class (<see cref="UploadedThenSubmitted"/>); each test checks one rule.
/// </summary>
public sealed class FilingUploadTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Dictionary<string, (string, byte[])> NoFiles = [];

    [Fact]
    public async Task A_refused_list_on_the_first_save_stores_nothing_and_hands_back_its_error_report()
    {
        var story = await StoryAsync();
        story.RefusedSites.StatusCode.ShouldBe(HttpStatusCode.OK);
        FilingInfoPage.TestId(story.RefusedSites.Html, "upload-error-RedemptionSites").ShouldStartWith("兑付场所信息有2处错误，未保存（第一处：第2行");
        var reportRows = Workbooks.Read(Convert.FromBase64String(ReportBase64(story.RefusedSites.Html)), "错误报告");
        reportRows.Count.ShouldBe(3);
        reportRows[1][0].ShouldBe("2");
        reportRows[2][0].ShouldBe("3");
        story.AfterRefusal.ShouldBe(new Stored(Applications: 0, Attachments: 0, Files: 0));
    }

    [Fact]
    public async Task A_submit_without_the_uploads_names_every_required_one_and_stores_nothing()
    {
        var story = await StoryAsync();
        FilingInfoPage.TestId(story.Missing, "upload-error-RedemptionSites").ShouldBe("请下载模板填写兑付场所信息后上传（Excel格式）。");
        FilingInfoPage.TestId(story.Missing, "upload-error-Branches").ShouldBe("合并分公司备案须下载模板填写分公司信息后上传（Excel格式）。");
        FilingInfoPage.TestId(story.Missing, "upload-error-Contract").ShouldBe("请参考《示范合同》模版填写盖章后上传预付卡合同（PDF格式）。");
        FilingInfoPage.TestId(story.Missing, "upload-error-CustodyProof").ShouldBe("请上传PDF格式银行证明文件。");
        FilingInfoPage.TestId(story.Missing, "upload-error-CommitmentLetter").ShouldBe("请上传签字并加盖公章的承诺书（PDF格式）。");
        story.AfterMissing.Applications.ShouldBe(0);
    }

    [Fact]
    public async Task A_refused_file_leaves_the_draft_and_its_uploads_as_they_were()
    {
        var story = await StoryAsync();
        story.DraftSaved.ShouldBe(HttpStatusCode.Redirect);
        story.AfterDraft.Files.ShouldBe(1);
        FilingInfoPage.TestId(story.NotPdf, "upload-error-Contract").ShouldContain("预付卡合同");
        story.ShopNameAfterNotPdf.ShouldBe("演示餐厅");
        story.AfterNotPdf.Files.ShouldBe(1);
        story.AfterNotPdf.Attachments.ShouldBe(1);
    }

    [Fact]
    public async Task A_submit_with_every_upload_replaces_the_list_and_counts_its_rows()
    {
        var story = await StoryAsync();
        story.Submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, story.Submitted.Summary);
        // The draft's list is replaced, not kept beside the new one: four files, one per kind.
        story.AfterSubmit.Files.ShouldBe(4);
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Attachments WHERE Kind = 'RedemptionSites' AND RowCount = 2")).ShouldBe(1);
        var mine = await story.Operator.GetAsync("/Filing/Info?handler=Attachment&kind=RedemptionSites");
        (await mine.Content.ReadAsByteArrayAsync()).ShouldBe(story.FinalSites);
    }

    [Fact]
    public async Task The_district_of_the_application_reads_the_list_and_downloads_the_contract()
    {
        var story = await StoryAsync();
        var application = await factory.DemoApplicationAsync();
        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        (await reviewer.GetPageAsync(ReviewPage.Url(application.Id))).ShouldContain("兑付场所-终版.xlsx");
        var contract = await reviewer.GetAsync(ReviewPage.Url(application.Id) + "?handler=Attachment&kind=Contract");
        contract.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await contract.Content.ReadAsByteArrayAsync()).ShouldBe(FilingInfoPage.Pdf("contract"));
    }

    [Fact]
    public async Task Every_upload_is_encrypted_on_disk_the_lists_rows_in_the_table_and_the_custody_proof_downloads_as_uploaded()
    {
        var story = await StoryAsync();
        var files = StoredFiles(factory);
        files.ShouldNotBeEmpty();
        foreach (var path in files)
        {
            var raw = await File.ReadAllBytesAsync(path);
            raw.Take(4).ToArray().ShouldNotBe("%PDF"u8.ToArray(), path);
            raw.Take(2).ToArray().ShouldNotBe("PK"u8.ToArray(), path + ": an xlsx is a zip");
            raw.AsSpan().IndexOf("(proof)"u8).ShouldBe(-1, path);
        }

        var (lists, audit) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var everyDistrict = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return (await db.Set<FilingAttachment>().Where(a => a.RowsJson != null).Select(a => a.RowsJson!).ToListAsync(),
                await db.Set<EntityChangeRecord>().Where(c => c.EntityType == nameof(FilingAttachment)).Select(c => c.PropertyChanges).ToListAsync());
        });
        lists.ShouldNotBeEmpty();
        audit.ShouldNotBeEmpty();
        foreach (var text in lists.Concat(audit))
        {
            text.ShouldNotContain("68801234", Case.Sensitive, "a site's phone in clear");
            text.ShouldNotContain("13900000008", Case.Sensitive, "a site's phone in clear");
        }

        lists.ShouldAllBe(l => l.StartsWith("v1:"));
        var proof = await story.Operator.GetAsync("/Filing/Info?handler=Attachment&kind=CustodyProof");
        proof.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await proof.Content.ReadAsByteArrayAsync()).ShouldBe(FilingInfoPage.Pdf("proof"));
    }

    [Fact]
    public async Task Rows_stored_in_clear_before_the_upgrade_are_encrypted_at_start_without_copying_them_into_the_audit()
    {
        await StoryAsync();
        const string clear = """[{"name":"演示餐厅（测试店）","phone":"010-68809999"}]""";
        var id = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var everyDistrict = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var list = await db.Set<FilingAttachment>().Where(a => a.RowsJson != null).Select(a => a.Id).FirstAsync();
            await db.Set<FilingAttachment>().Where(a => a.Id == list).ExecuteUpdateAsync(s => s.SetProperty(a => a.RowsJson, clear));
            return list;
        });

        await factory.Services.InitializePlatformAsync();

        var (stored, audit) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var everyDistrict = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return (await db.Set<FilingAttachment>().Where(a => a.Id == id).Select(a => a.RowsJson!).SingleAsync(),
                await db.Set<EntityChangeRecord>().Where(c => c.EntityType == nameof(FilingAttachment)).Select(c => c.PropertyChanges).ToListAsync());
        });
        stored.ShouldStartWith("v1:");
        factory.Services.GetRequiredService<IPersonalDataProtector>().Unprotect(stored).ShouldBe(clear);
        audit.ShouldAllBe(text => !text.Contains("68809999"));
    }

    [Fact]
    public async Task Another_district_cannot_download_the_files()
    {
        await StoryAsync();
        var application = await factory.DemoApplicationAsync();
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

    private Task<UploadedThenSubmitted> StoryAsync() => factory.OnceAsync(UploadedThenSubmitted.WalkAsync);

    /// <summary>How much is stored: application rows, attachment rows, files in the store.</summary>
    private sealed record Stored(int Applications, int Attachments, int Files)
    {
        public static async Task<Stored> NowAsync(PlatformFactory factory) => new(
            await factory.CountAsync("SELECT COUNT(*) FROM Filing_Applications"),
            await factory.CountAsync("SELECT COUNT(*) FROM Filing_Attachments"),
            StoredFiles(factory).Count);
    }

    /// <summary>
    /// The demo operator's first save carries a bad list (a street of another district, a bad phone); a submit without
    /// uploads; a draft with the good list; a text file posing as the contract; a submit with a two-site list and the rest.
    /// </summary>
    private sealed record UploadedThenSubmitted(PlatformClient Operator, PageAnswer RefusedSites, Stored AfterRefusal, string Missing, Stored AfterMissing,
        HttpStatusCode DraftSaved, Stored AfterDraft, string NotPdf, string? ShopNameAfterNotPdf, Stored AfterNotPdf, byte[] FinalSites, PageAnswer Submitted, Stored AfterSubmit)
    {
        public static async Task<UploadedThenSubmitted> WalkAsync(PlatformFactory factory)
        {
            var client = await factory.SignedInClientAsync(FilingRows.DemoUser);
            var badSites = Workbooks.Sites(
                Workbooks.Site("1", "演示餐厅（苹果园店）", "石景山区", "望京街道", "演示路2号", "010-68801234"),
                Workbooks.Site("2", "演示餐厅（八角店）", "石景山区", "八角街道", "演示路8号", "12345")).ToArray();
            var refused = await PageAnswer.OfAsync(await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete(), files: Sites("兑付场所.xlsx", badSites)));
            var afterRefusal = await Stored.NowAsync(factory);

            var missing = await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete().With("Category", "MergedBranches"), files: NoFiles);
            var missingHtml = await missing.Content.ReadAsStringAsync();
            var afterMissing = await Stored.NowAsync(factory);

            var draft = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete(), files: Sites("兑付场所.xlsx", FilingInfoPage.Sites()));
            var afterDraft = await Stored.NowAsync(factory);
            var notPdf = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete().With("ShopName", "不应保存"), files: new Dictionary<string, (string, byte[])>
            {
                ["UploadFiles.Contract"] = ("合同.pdf", "这不是PDF"u8.ToArray()),
            });
            var notPdfHtml = await notPdf.Content.ReadAsStringAsync();
            var shopName = (await factory.DemoApplicationAsync()).ShopName;
            var afterNotPdf = await Stored.NowAsync(factory);

            var two = Workbooks.Sites(
                Workbooks.Site("1", "演示餐厅（苹果园店）", "石景山区", "苹果园街道", "演示路2号", "010-68801234"),
                Workbooks.Site("2", "演示餐厅（八角店）", "石景山区", "八角街道", "演示路8号", "13900000008")).ToArray();
            var files = FilingInfoPage.RequiredFiles();
            files["UploadFiles.RedemptionSites"] = ("兑付场所-终版.xlsx", two);
            var submitted = await PageAnswer.OfAsync(await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete(), files: files));
            return new UploadedThenSubmitted(client, refused, afterRefusal, missingHtml, afterMissing, draft.StatusCode, afterDraft, notPdfHtml, shopName, afterNotPdf,
                two, submitted, await Stored.NowAsync(factory));
        }

        private static Dictionary<string, (string, byte[])> Sites(string fileName, byte[] workbook) => new() { ["UploadFiles.RedemptionSites"] = (fileName, workbook) };
    }

    private static string ReportBase64(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "href=\"data:application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;base64,([^\"]+)\"").Groups[1].Value);

    /// <summary>The files in this host's store (under its data folder), leftovers of unfinished writes included.</summary>
    private static List<string> StoredFiles(PlatformFactory factory)
    {
        var root = Path.Combine(factory.Services.GetRequiredService<IConfiguration>()["Database:DataFolder"]!, "files");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToList() : [];
    }
}
