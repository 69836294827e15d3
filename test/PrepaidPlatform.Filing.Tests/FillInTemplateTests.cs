using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using PrepaidPlatform.Filing.Application;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Filing.Tests.Documents.DocumentProbes;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 服务系统提供模板 (二、备案要求 6; 7. 专用存管账户; 8. 其他信息): the 《承诺书》 and 存管账户证明文件 templates, downloaded
/// as the operator would and read back with pdftotext, prefilled for that operator only, worded as the city set it.
/// </summary>
public sealed partial class FillInTemplateTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoUser = "91110107MA01AB2C3C";
    private const string AccountNumber = "20000012345678901234";
    private const string CommitmentPdf = "/Filing/Info?handler=Template&kind=CommitmentLetter";
    private const string CustodyProofPdf = "/Filing/Info?handler=Template&kind=CustodyProof";

    [Fact]
    public async Task The_commitment_letter_carries_the_operators_name_uscc_account_and_date_and_the_citys_wording()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        await SaveDraftAsync(client);

        var text = WithoutWhitespace(PdfText(await DownloadAsync(client, CommitmentPdf, "application/pdf")));

        text.ShouldContain("承诺书");
        text.ShouldContain("演示企业2");
        text.ShouldContain(DemoUser);
        text.ShouldContain(AccountNumber);
        text.ShouldContain(Today());
        text.ShouldContain("本单位郑重承诺");
        text.ShouldContain(WithoutWhitespace(FilingTemplateSettings.DefaultCommitmentLetter.Split('\n')[1]));
        text.ShouldContain("法定代表人（负责人）签字");

        // The city rewrites the wording in 系统设置 (a text area, one clause a line); the next download follows.
        using var city = await factory.SignedInClientAsync("cityadmin");
        (await city.GetPageAsync("/Platform/Settings")).ShouldContain($"<textarea name=\"value\"");
        var saved = await city.PostFormAsync("/Platform/Settings",
            new Dictionary<string, string> { ["name"] = FilingTemplateSettings.CommitmentLetterText, ["value"] = "一、测试条款甲。\r\n二、测试条款乙。" },
            "/Platform/Settings?handler=Save");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var edited = WithoutWhitespace(PdfText(await DownloadAsync(client, CommitmentPdf, "application/pdf")));
        edited.ShouldContain("一、测试条款甲。二、测试条款乙。");
        edited.ShouldNotContain(WithoutWhitespace(FilingTemplateSettings.DefaultCommitmentLetter.Split('\n')[1]));
        edited.ShouldContain("演示企业2");

        (await city.PostFormAsync("/Platform/Settings", new Dictionary<string, string> { ["name"] = FilingTemplateSettings.CommitmentLetterText },
            "/Platform/Settings?handler=Reset")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_custody_proof_is_prefilled_from_the_drafts_custody_section_for_the_bank_to_stamp()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        await SaveDraftAsync(client);

        var text = WithoutWhitespace(PdfText(await DownloadAsync(client, CustodyProofPdf, "application/pdf")));

        text.ShouldContain("预收资金专用存管账户证明");
        text.ShouldContain("账户户名演示企业2");
        text.ShouldContain("开户银行北京银行");
        text.ShouldContain("开户支行北京银行石景山支行");
        text.ShouldContain("银行账号" + AccountNumber);
        text.ShouldContain(Today());
        text.ShouldContain("特此证明");
        text.ShouldContain("存管银行（盖章）");
    }

    [Fact]
    public async Task Both_templates_come_as_Word_documents_with_the_same_prefilled_facts()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        await SaveDraftAsync(client);

        foreach (var url in new[] { CommitmentPdf, CustodyProofPdf })
        {
            var docx = await DownloadAsync(client, url + "&format=docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldContain("演示企业2");
            text.ShouldContain(DemoUser);
            text.ShouldContain(AccountNumber);
        }
    }

    [Fact]
    public async Task Every_template_link_of_the_form_downloads_a_file()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        var html = await client.GetPageAsync(FilingInfoPage.Url);

        var links = TemplateLink().Matches(html).ToDictionary(m => m.Groups["id"].Value, m => WebUtility.HtmlDecode(m.Groups["href"].Value));
        links.Keys.ShouldBe(["template-RedemptionSites", "template-Branches", "template-CustodyProof", "template-word-CustodyProof",
            "template-CommitmentLetter", "template-word-CommitmentLetter"], ignoreOrder: true);
        html.ShouldContain("下载《承诺书》模版");
        foreach (var (id, href) in links)
        {
            var response = await client.GetAsync(href);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, id);
            (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000, id);
            response.Content.Headers.ContentDisposition!.FileNameStar.ShouldNotBeNullOrEmpty(id);
        }

        // 参考《示范合同》模版 opens the published model contracts.
        var contracts = Regex.Match(html, "href=\"([^\"]+)\"[^>]*data-testid=\"hint-link-Contract\"").Groups[1].Value;
        (await client.GetAsync(contracts)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_operator_gets_its_own_facts_with_blank_account_lines_and_district_staff_get_nothing()
    {
        using (var demo = await factory.SignedInClientAsync(DemoUser))
        {
            await SaveDraftAsync(demo);
        }

        using var other = await OtherOperators.RegisteredAndSignedInAsync(factory, OtherOperators.HaidianUscc, "13700001601");
        foreach (var url in new[] { CommitmentPdf, CustodyProofPdf })
        {
            var text = WithoutWhitespace(PdfText(await DownloadAsync(other, url, "application/pdf")));
            text.ShouldContain("演示企业3");
            text.ShouldContain(OtherOperators.HaidianUscc);
            text.ShouldNotContain("演示企业2");
            text.ShouldNotContain(DemoUser);
            text.ShouldNotContain(AccountNumber);
            text.ShouldNotContain("北京银行石景山支行");
        }

        // No custody section yet: the bank's lines stay blank to be filled in by hand.
        WithoutWhitespace(PdfText(await DownloadAsync(other, CustodyProofPdf, "application/pdf"))).ShouldContain("开户银行开户支行银行账号申请日期");

        foreach (var staff in new[] { "reviewer110107", "reviewer110108", "cityadmin" })
        {
            using var client = await factory.SignedInClientAsync(staff);
            var response = await client.GetAsync(CommitmentPdf);
            response.StatusCode.ShouldNotBe(HttpStatusCode.OK, staff);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("演示企业2");
        }
    }

    [Fact]
    public void The_wording_setting_keeps_its_lines_without_trailing_blanks_and_is_neither_empty_nor_beyond_2000_characters()
    {
        var definition = new SettingDefinition("Test.Wording", "默认", "《承诺书》模板正文", "备案文书模板", SettingValueType.MultilineText);

        SettingValueValidator.Normalize(definition, "一、甲。  \r\n二、乙。\r\n").ShouldBe(("一、甲。\n二、乙。", (string?)null));
        SettingValueValidator.Normalize(definition, " \r\n ").Error.ShouldBe("请填写“《承诺书》模板正文”。");
        SettingValueValidator.Normalize(definition, new string('字', 2001)).Error.ShouldBe("“《承诺书》模板正文”不能超过2000个字符。");
    }

    private static async Task SaveDraftAsync(PlatformClient client)
    {
        var saved = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete());
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await saved.Content.ReadAsStringAsync()));
    }

    private static async Task<byte[]> DownloadAsync(PlatformClient client, string url, string contentType)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private string Today() => TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy年MM月dd日", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("href=\"(?<href>[^\"]+)\" data-testid=\"(?<id>template-[A-Za-z-]+)\"")]
    private static partial Regex TemplateLink();
}
