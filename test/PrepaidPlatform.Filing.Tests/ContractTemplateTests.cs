using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Filing.Tests.Arrangements;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 合同管理 · 合同模板 (F10): the city publishes model contracts (PDF or Word, checked by content, ≤ 10 MB), operators
/// list and download the published ones, a withdrawn one disappears for them; only the city manages them. The city
/// publishes a PDF for 健身 and a Word document for every industry (<see cref="TwoPublished"/>, once per class).
/// </summary>
public sealed class ContractTemplateTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Fitness = "北京市预付卡示范合同（健身行业）";
    private const string General = "北京市单用途商业预付卡示范合同（通用）";

    /// <summary>Files the city's form refuses, each with its own reason.</summary>
    private static readonly Dictionary<string, (string Name, Func<byte[]?> Content, string Message)> Refusals = new()
    {
        ["text named .pdf"] = ("示范合同.pdf", () => "这不是PDF"u8.ToArray(),
            "合同模板文件须为PDF或Word（.docx）格式：所选文件的内容不是其中任何一种（只改文件扩展名无效）。"),
        ["workbook named .docx"] = ("示范合同.docx", () => ContractPages.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")),
            "合同模板文件不是有效的Word（.docx）文档（只改文件扩展名无效）：请上传PDF或.docx文件。"),
        ["macros"] = ("示范合同.docx", () => ContractPages.Zip(
                ("[Content_Types].xml", "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"), ("word/document.xml", "<w:document/>")),
            "合同模板文件含有宏（.docm），不能发布：请另存为不含宏的.docx文档后重新上传。"),
        ["old Word"] = ("示范合同.doc", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
            "合同模板文件是旧版Word（.doc）文件或设有打开密码：请另存为.docx或PDF格式、取消密码后重新上传。"),
        ["PDF without %%EOF"] = ("示范合同.pdf", () => "%PDF-1.7\n1 0 obj\n<< >>\nendobj\n"u8.ToArray(),
            "合同模板文件不是完整的PDF文件（缺少文件结束标记%%EOF），可能上传中断或文件已损坏：请重新导出后上传。"),
        ["over 10 MB"] = ("示范合同.pdf", () => FilingInfoPage.Pdf().Concat(new byte[10 * 1024 * 1024]).ToArray(), "合同模板文件超过10 MB的大小限制，请压缩后重新上传。"),
        ["empty"] = ("示范合同.pdf", () => [], "合同模板文件为空（0字节），请重新选择文件。"),
        ["none"] = ("", () => null, "请选择合同模板文件（PDF或Word .docx格式，不超过10 MB）。"),
    };

    public static TheoryData<string> RefusedFiles => new(Refusals.Keys);

    [Fact]
    public async Task Before_anything_is_published_the_city_and_operators_are_told_so()
    {
        var story = await StoryAsync();
        FilingInfoPage.TestId(story.OperatorsListBefore, "no-templates").ShouldBe("市商务委暂未发布合同模板。");
        FilingInfoPage.TestId(story.CityListBefore, "no-templates").ShouldBe("尚未发布合同模板。");
    }

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_file_that_is_not_a_clean_PDF_or_Word_document_is_refused_with_its_reason_and_not_kept(string file)
    {
        var (name, content, message) = Refusals[file];
        var city = (await StoryAsync()).City;
        var refused = await NothingKeptAsync(() => ContractPages.PublishAsync(city, "被拒的示范合同", "8930", name, content()));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        ContractPages.FieldError(refused.Html, "File").ShouldBe(message);
    }

    [Fact]
    public async Task A_template_needs_a_title()
    {
        var city = (await StoryAsync()).City;
        var untitled = await NothingKeptAsync(() => ContractPages.PublishAsync(city, " ", "8930", "示范合同.pdf", FilingInfoPage.Pdf()));
        ContractPages.FieldError(untitled.Html, "Title").ShouldBe("请填写合同模板标题，如“北京市预付卡示范合同（健身行业）”。");
    }

    [Fact]
    public async Task A_template_needs_an_industry_of_the_list_or_none()
    {
        var city = (await StoryAsync()).City;
        var unknownIndustry = await NothingKeptAsync(() => ContractPages.PublishAsync(city, "行业未知的示范合同", "9999", "示范合同.pdf", FilingInfoPage.Pdf()));
        ContractPages.FieldError(unknownIndustry.Html, "IndustryCode").ShouldBe("请从列表中选择适用行业（或选择“通用”）。");
    }

    [Fact]
    public async Task The_city_publishes_a_PDF_for_one_industry_and_a_Word_document_for_all()
    {
        var story = await StoryAsync();
        story.Published.ShouldAllBe(status => status == HttpStatusCode.Redirect);
        story.RowsAfterPublishing.ShouldBe(2);
        story.FilesAfterPublishing.ShouldBe(2);
        var cityPage = await story.City.GetPageAsync(ContractPages.CityUrl);
        cityPage.ShouldContain(Fitness);
        cityPage.ShouldContain("健身休闲活动");
        cityPage.ShouldContain("fitness.pdf");
        ContractPages.RowIds(cityPage, "template-row").ShouldBe([story.FitnessId, story.GeneralId], ignoreOrder: true);
    }

    [Fact]
    public async Task A_title_that_is_already_published_is_refused()
    {
        var story = await StoryAsync();
        var sameTitle = await NothingKeptAsync(() => ContractPages.PublishAsync(story.City, Fitness, "", "again.pdf", story.Pdf));
        ContractPages.FieldError(sameTitle.Html, "Title").ShouldBe("已有同名的已发布合同模板：请先撤回旧版本，或修改标题（如注明版本）。");
    }

    [Fact]
    public async Task Operators_list_the_published_templates()
    {
        var story = await StoryAsync();
        var listed = await story.Operator.GetPageAsync(ContractPages.TemplatesUrl);
        ContractPages.RowIds(listed, "template-row").ShouldBe([story.FitnessId, story.GeneralId], ignoreOrder: true);
        listed.ShouldContain("通用");
    }

    [Fact]
    public async Task Operators_download_a_template_under_its_title_with_the_type_of_its_content()
    {
        var story = await StoryAsync();
        var download = await story.Operator.GetAsync(DownloadUrl(story.FitnessId));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(Fitness + ".pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(story.Pdf);
        var word = await story.Operator.GetAsync(DownloadUrl(story.GeneralId));
        word.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await word.Content.ReadAsByteArrayAsync()).ShouldBe(story.Docx);
    }

    [Fact]
    public async Task A_withdrawn_template_disappears_for_operators_stays_with_the_city_and_comes_back_when_republished()
    {
        var story = await StoryAsync();
        (await ContractPages.ActAsync(story.City, "Withdraw", story.FitnessId)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ContractPages.RowIds(await story.Operator.GetPageAsync(ContractPages.TemplatesUrl), "template-row").ShouldBe([story.GeneralId]);
        (await story.Operator.GetAsync(DownloadUrl(story.FitnessId))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await story.City.GetPageAsync(ContractPages.CityUrl)).ShouldContain("已撤回");
        (await (await story.City.GetAsync($"{ContractPages.CityUrl}?handler=Download&id={story.FitnessId}")).Content.ReadAsByteArrayAsync()).ShouldBe(story.Pdf);

        (await ContractPages.ActAsync(story.City, "Republish", story.FitnessId)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ContractPages.RowIds(await story.Operator.GetPageAsync(ContractPages.TemplatesUrl), "template-row").ShouldContain(story.FitnessId);
    }

    [Fact]
    public async Task An_unknown_template_is_not_found()
    {
        var story = await StoryAsync();
        (await story.Operator.GetAsync(DownloadUrl(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_city_reaches_the_management_page()
    {
        using var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
        using var reviewer = await factory.SignedInClientAsync("reviewer110107");
        foreach (var client in new[] { operatorClient, reviewer })
        {
            var page = await client.GetAsync(ContractPages.CityUrl);
            page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            page.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
            var post = await client.Http.PostAsync($"{ContractPages.CityUrl}?handler=Publish", new MultipartFormDataContent { { new StringContent("越权发布"), "Input.Title" } });
            post.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }

        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_ContractTemplates WHERE Title = '越权发布'")).ShouldBe(0);
        (await reviewer.GetPageAsync("/Work")).ShouldNotContain(ContractPages.CityUrl);
        using var city = await factory.SignedInClientAsync("cityadmin");
        (await city.GetPageAsync("/Work")).ShouldContain($"href=\"{ContractPages.CityUrl}\"");
    }

    [Fact]
    public async Task The_contract_hint_of_the_filing_form_and_the_operator_menu_lead_to_the_templates()
    {
        using var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
        var form = await operatorClient.GetPageAsync(FilingInfoPage.Url);
        form.ShouldContain($"href=\"{ContractPages.TemplatesUrl}\" target=\"_blank\" rel=\"noopener\" data-testid=\"hint-link-Contract\"");
        FilingInfoPage.TestId(form, "hint-link-Contract").ShouldBe("参考《示范合同》模版 填写盖章后上传PDF格式");
        form.ShouldContain($"class=\"nav-link \" href=\"{ContractPages.TemplatesUrl}\"");
        form.ShouldNotContain("/Operator/Pending/contract-templates");
    }

    private static string DownloadUrl(Guid id) => $"{ContractPages.TemplatesUrl}?handler=Download&id={id}";

    /// <summary>Posts a refused form and checks that it left nothing: no template row, no stored file.</summary>
    private async Task<PageAnswer> NothingKeptAsync(Func<Task<HttpResponseMessage>> publish)
    {
        var rows = await TemplateCountAsync(factory);
        var files = factory.StoredFiles("contract-template").Count;
        var answer = await PageAnswer.OfAsync(await publish());
        (await TemplateCountAsync(factory)).ShouldBe(rows);
        factory.StoredFiles("contract-template").Count.ShouldBe(files);
        return answer;
    }

    private static Task<int> TemplateCountAsync(PlatformFactory factory) => factory.CountAsync("SELECT COUNT(*) FROM Filing_ContractTemplates");

    private Task<TwoPublished> StoryAsync() => factory.OnceAsync(TwoPublished.WalkAsync);

    /// <summary>The city, on empty lists, publishes <see cref="Fitness"/> as a PDF for 健身 (8930) and <see cref="General"/> as Word for every industry.</summary>
    private sealed record TwoPublished(PlatformClient Operator, PlatformClient City, string OperatorsListBefore, string CityListBefore,
        byte[] Pdf, byte[] Docx, HttpStatusCode[] Published, int RowsAfterPublishing, int FilesAfterPublishing, Guid FitnessId, Guid GeneralId)
    {
        public static async Task<TwoPublished> WalkAsync(PlatformFactory factory)
        {
            var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
            var operatorsList = await operatorClient.GetPageAsync(ContractPages.TemplatesUrl);
            var city = await factory.SignedInClientAsync("cityadmin");
            var cityList = await city.GetPageAsync(ContractPages.CityUrl);
            var pdf = FilingInfoPage.Pdf("fitness-model-contract");
            var docx = ContractPages.Docx();
            HttpStatusCode[] published =
            [
                (await ContractPages.PublishAsync(city, Fitness, "8930", "fitness.pdf", pdf)).StatusCode,
                (await ContractPages.PublishAsync(city, General, "", "general.docx", docx)).StatusCode,
            ];
            return new TwoPublished(operatorClient, city, operatorsList, cityList, pdf, docx, published,
                await TemplateCountAsync(factory), factory.StoredFiles("contract-template").Count, await IdAsync(Fitness), await IdAsync(General));

            Task<Guid> IdAsync(string title) => factory.InScopeAsync(async sp =>
                await sp.GetRequiredService<PlatformDbContext>().Set<ContractTemplate>().Where(t => t.Title == title).Select(t => t.Id).SingleAsync());
        }
    }
}
