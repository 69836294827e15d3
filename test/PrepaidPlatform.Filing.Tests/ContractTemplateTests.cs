using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 合同管理 · 合同模板 (F10): the city publishes model contracts (PDF or Word, checked by content, ≤ 10 MB), operators
/// list and download the published ones, a withdrawn one disappears for them; only the city manages them.
/// </summary>
public sealed class ContractTemplateTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Fitness = "北京市预付卡示范合同（健身行业）";
    private const string General = "北京市单用途商业预付卡示范合同（通用）";

    [Fact]
    public async Task The_city_publishes_checked_templates_operators_download_them_and_a_withdrawn_one_disappears_for_them()
    {
        using var operatorClient = await factory.SignedInClientAsync(FilingRows.DemoUser);
        FilingInfoPage.TestId(await operatorClient.GetPageAsync(ContractPages.TemplatesUrl), "no-templates").ShouldBe("市商务委暂未发布合同模板。");
        using var city = await factory.SignedInClientAsync("cityadmin");
        FilingInfoPage.TestId(await city.GetPageAsync(ContractPages.CityUrl), "no-templates").ShouldBe("尚未发布合同模板。");

        // Refused files, each with its own reason; nothing of them is kept (no row, no file).
        var refusals = new (string Name, byte[]? Content, string Message)[]
        {
            ("示范合同.pdf", "这不是PDF"u8.ToArray(), "合同模板文件须为PDF或Word（.docx）格式：所选文件的内容不是其中任何一种（只改文件扩展名无效）。"),
            ("示范合同.docx", ContractPages.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>")),
                "合同模板文件不是有效的Word（.docx）文档（只改文件扩展名无效）：请上传PDF或.docx文件。"),
            ("示范合同.docx", ContractPages.Zip(("[Content_Types].xml", "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"), ("word/document.xml", "<w:document/>")),
                "合同模板文件含有宏（.docm），不能发布：请另存为不含宏的.docx文档后重新上传。"),
            ("示范合同.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "合同模板文件是旧版Word（.doc）文件或设有打开密码：请另存为.docx或PDF格式、取消密码后重新上传。"),
            ("示范合同.pdf", "%PDF-1.7\n1 0 obj\n<< >>\nendobj\n"u8.ToArray(), "合同模板文件不是完整的PDF文件（缺少文件结束标记%%EOF），可能上传中断或文件已损坏：请重新导出后上传。"),
            ("示范合同.pdf", FilingInfoPage.Pdf().Concat(new byte[10 * 1024 * 1024]).ToArray(), "合同模板文件超过10 MB的大小限制，请压缩后重新上传。"),
            ("示范合同.pdf", [], "合同模板文件为空（0字节），请重新选择文件。"),
            ("", null, "请选择合同模板文件（PDF或Word .docx格式，不超过10 MB）。"),
        };
        foreach (var (name, content, message) in refusals)
        {
            var refused = await ContractPages.PublishAsync(city, Fitness, "8930", name, content);
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            ContractPages.FieldError(await refused.Content.ReadAsStringAsync(), "File").ShouldBe(message);
        }

        var untitled = await ContractPages.PublishAsync(city, " ", "8930", "示范合同.pdf", FilingInfoPage.Pdf());
        ContractPages.FieldError(await untitled.Content.ReadAsStringAsync(), "Title").ShouldBe("请填写合同模板标题，如“北京市预付卡示范合同（健身行业）”。");
        var unknownIndustry = await ContractPages.PublishAsync(city, Fitness, "9999", "示范合同.pdf", FilingInfoPage.Pdf());
        ContractPages.FieldError(await unknownIndustry.Content.ReadAsStringAsync(), "IndustryCode").ShouldBe("请从列表中选择适用行业（或选择“通用”）。");
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_ContractTemplates")).ShouldBe(0);
        factory.StoredFiles("contract-template").ShouldBeEmpty();

        // A PDF for one industry and a Word document for every industry.
        var pdf = FilingInfoPage.Pdf("fitness-model-contract");
        var docx = ContractPages.Docx();
        (await ContractPages.PublishAsync(city, Fitness, "8930", "fitness.pdf", pdf)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ContractPages.PublishAsync(city, General, "", "general.docx", docx)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sameTitle = await ContractPages.PublishAsync(city, Fitness, "", "again.pdf", pdf);
        ContractPages.FieldError(await sameTitle.Content.ReadAsStringAsync(), "Title").ShouldBe("已有同名的已发布合同模板：请先撤回旧版本，或修改标题（如注明版本）。");
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_ContractTemplates")).ShouldBe(2);
        factory.StoredFiles("contract-template").Count.ShouldBe(2);

        var cityPage = await city.GetPageAsync(ContractPages.CityUrl);
        cityPage.ShouldContain(Fitness);
        cityPage.ShouldContain("健身休闲活动");
        cityPage.ShouldContain("fitness.pdf");
        var fitnessId = await TemplateIdAsync(Fitness);
        var generalId = await TemplateIdAsync(General);
        ContractPages.RowIds(cityPage, "template-row").ShouldBe([fitnessId, generalId], ignoreOrder: true);

        // The operator lists both and downloads each under its title, with the type of its content.
        var listed = await operatorClient.GetPageAsync(ContractPages.TemplatesUrl);
        ContractPages.RowIds(listed, "template-row").ShouldBe([fitnessId, generalId], ignoreOrder: true);
        listed.ShouldContain("通用");
        var download = await operatorClient.GetAsync($"{ContractPages.TemplatesUrl}?handler=Download&id={fitnessId}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(Fitness + ".pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        var word = await operatorClient.GetAsync($"{ContractPages.TemplatesUrl}?handler=Download&id={generalId}");
        word.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await word.Content.ReadAsByteArrayAsync()).ShouldBe(docx);

        // 撤回: gone for operators (list and link), kept for the city; 重新发布 brings it back.
        (await ContractPages.ActAsync(city, "Withdraw", fitnessId)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ContractPages.RowIds(await operatorClient.GetPageAsync(ContractPages.TemplatesUrl), "template-row").ShouldBe([generalId]);
        (await operatorClient.GetAsync($"{ContractPages.TemplatesUrl}?handler=Download&id={fitnessId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await city.GetPageAsync(ContractPages.CityUrl)).ShouldContain("已撤回");
        (await (await city.GetAsync($"{ContractPages.CityUrl}?handler=Download&id={fitnessId}")).Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        (await ContractPages.ActAsync(city, "Republish", fitnessId)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ContractPages.RowIds(await operatorClient.GetPageAsync(ContractPages.TemplatesUrl), "template-row").ShouldContain(fitnessId);
        (await operatorClient.GetAsync($"{ContractPages.TemplatesUrl}?handler=Download&id={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
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

        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_ContractTemplates")).ShouldBe(0);
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

    private Task<Guid> TemplateIdAsync(string title) => factory.InScopeAsync(async sp =>
        await sp.GetRequiredService<PlatformDbContext>().Set<ContractTemplate>().Where(t => t.Title == title).Select(t => t.Id).SingleAsync());
}
