using System.Net;
using PrepaidPlatform.Filing.Tests.Uploads;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// Issue 16 · 6, the form's details under the Beijing profile: the manual's 0/99 counters, 开户支行 within 北京市, no
/// 发卡类型 (the manual has none), and 其它材料 taking Word and Excel documents by their content.
/// </summary>
public sealed class FilingFormDetailTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoUser = "91110107MA01AB2C3C";

    [Fact]
    public async Task The_99_character_fields_show_their_count_and_the_page_loads_the_script_that_keeps_it()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        var saved = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete().With("ProductName", "餐饮储值卡").With("Remarks", "无"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await client.GetPageAsync(FilingInfoPage.Url);
        FilingInfoPage.TestId(page, "counter-Input_ProductName").ShouldBe("5/99");
        FilingInfoPage.TestId(page, "counter-Input_Remarks").ShouldBe("1/99");
        page.ShouldContain("/_content/PrepaidPlatform.Filing/filing-form.js");
        var script = await client.Http.GetAsync("/_content/PrepaidPlatform.Filing/filing-form.js");
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await script.Content.ReadAsStringAsync()).ShouldContain("data-counter-for");
    }

    [Fact]
    public async Task The_branch_is_chosen_within_beijing()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        FilingInfoPage.TestId(await client.GetPageAsync(FilingInfoPage.Url), "branch-region").ShouldBe("北京市");
    }

    [Fact]
    public async Task The_beijing_form_neither_shows_nor_requires_a_card_kind()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        var page = await client.GetPageAsync(FilingInfoPage.Url);
        page.ShouldNotContain("发卡类型");
        page.ShouldNotContain("Input.NamedCards");

        // Refused for the shop name only: the unticked card kinds are no error under this profile.
        var refused = await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete().With("NamedCards", "false").With("ShopName", ""));
        var html = await refused.Content.ReadAsStringAsync();
        FilingInfoPage.FieldError(html, "ShopName").ShouldBe("请输入店铺/品牌名称。");
        html.ShouldNotContain("请至少选择一种发卡类型");
    }

    [Fact]
    public async Task A_word_document_is_kept_as_other_material_and_downloads_as_word()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        var docx = OfficeFiles.Docx();
        var saved = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete(), files: new Dictionary<string, (string, byte[])>
        {
            ["UploadFiles.OtherMaterial"] = ("补充说明.docx", docx),
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var download = await client.GetAsync("/Filing/Info?handler=Attachment&kind=OtherMaterial");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(docx);
    }

    [Fact]
    public async Task An_excel_document_is_kept_and_an_old_doc_is_refused_keeping_nothing()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        var xlsx = Workbooks.Sites().ToArray();
        (await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete(), files: new Dictionary<string, (string, byte[])>
        {
            ["UploadFiles.OtherMaterial"] = ("补充说明.xlsx", xlsx),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var before = await factory.CountAsync("SELECT COUNT(*) FROM Filing_Attachments WHERE Kind = 'OtherMaterial'");

        var refused = await FilingInfoPage.SaveAsync(client, FilingInfoPage.Complete(), files: new Dictionary<string, (string, byte[])>
        {
            ["UploadFiles.OtherMaterial"] = ("补充说明.doc", OfficeFiles.Ole()),
        });

        FilingInfoPage.TestId(await refused.Content.ReadAsStringAsync(), "upload-error-OtherMaterial")
            .ShouldBe("其它材料是旧版Word/Excel（.doc/.xls）文件或设有打开密码：请另存为.docx/.xlsx或PDF格式、取消密码后重新上传。");
        before.ShouldBe(1);
        (await factory.CountAsync("SELECT COUNT(*) FROM Filing_Attachments WHERE Kind = 'OtherMaterial'")).ShouldBe(1);
        var kept = await client.GetAsync("/Filing/Info?handler=Attachment&kind=OtherMaterial");
        kept.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await kept.Content.ReadAsByteArrayAsync()).ShouldBe(xlsx);
    }
}

/// <summary>A deployment under the Shanghai rule profile (the city's streets and districts stay Beijing's).</summary>
public sealed class ShanghaiFilingPlatform : PlatformFactory
{
    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Settings:" + RuleSettings.Profile] = nameof(RuleProfileKind.Shanghai) };
}

/// <summary>发卡类型 is kept under the Shanghai profile only, explained and required there (face-value limits differ by kind).</summary>
public sealed class ShanghaiCardKindTests(ShanghaiFilingPlatform factory) : IClassFixture<ShanghaiFilingPlatform>
{
    private const string DemoUser = "91110107MA01AB2C3C";

    [Fact]
    public async Task The_shanghai_form_asks_for_the_card_kinds_and_says_why()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        var page = await client.GetPageAsync(FilingInfoPage.Url);
        page.ShouldContain("data-testid=\"card-kinds\"");
        page.ShouldContain("记名卡不超过5000元，不记名卡不超过1000元");

        var refused = await FilingInfoPage.SubmitAsync(client, FilingInfoPage.Complete().With("NamedCards", "false"));
        FilingInfoPage.FieldError(await refused.Content.ReadAsStringAsync(), "NamedCards").ShouldBe("请至少选择一种发卡类型（记名卡或不记名卡）。");
    }
}
