using System.Net;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Onboarding;

/// <summary>Issue 16 item 7: the sign-in page and the help pages carry the operator manual's wording (seed 000) and answer anonymously.</summary>
public sealed class EntryPagesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task<string> AnonymousPageAsync(PlatformClient client, string url) => WebUtility.HtmlDecode(await client.GetPageAsync(url));

    [Fact]
    public async Task The_sign_in_page_is_the_manuals_operator_sign_in_with_the_filing_guide_strip()
    {
        using var client = factory.AnonymousClient();
        var html = await AnonymousPageAsync(client, "/Account/Login");

        html.ShouldContain("北京市单用途商业预付卡备案管理服务平台");
        html.ShouldContain("商户经营者登录");
        html.ShouldContain("placeholder=\"请输入统一社会信用代码\"");
        html.ShouldContain("placeholder=\"请输入密码\"");
        html.ShouldContain("记住密码");
        html.ShouldNotContain("记住我");
        html.ShouldContain("接入备案指引");
        var positions = new[] { "01", "账号注册", "02", "填报信息", "03", "提交备案", "04", "完成备案" }
            .Select(word => (Word: word, At: html.IndexOf(word, html.IndexOf("接入备案指引", StringComparison.Ordinal), StringComparison.Ordinal)))
            .ToList();
        positions.ShouldAllBe(p => p.At > 0);
        html.ShouldContain("备案完成后，获得备案编码，查询备案信息");
        html.IndexOf("账号注册", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("填报信息", StringComparison.Ordinal));
        html.IndexOf("提交备案", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf("完成备案", StringComparison.Ordinal));
        html.ShouldContain("href=\"/Help/Guide\"");
        html.ShouldContain("href=\"/Help/Faq\"");
    }

    [Fact]
    public async Task The_new_user_guide_answers_anonymously_with_the_manuals_filing_preparation_checklist()
    {
        using var client = factory.AnonymousClient();
        var html = await AnonymousPageAsync(client, "/Help/Guide");

        html.ShouldContain("新用户必读");
        html.ShouldContain("备案流程");
        html.ShouldContain("第3步：填写备案信息并提交备案登记申请。");
        html.ShouldContain("备案准备");
        html.ShouldContain("电子营业执照：需法定代表人操作；");
        html.ShouldContain("指定服务系统管理员：姓名、身份证件、手机号，需实名及手机号验证；");
        html.ShouldContain("② 累计发行张数：自经营之日起，截至提交备案登记时的上一季度末，预付卡累计发行张数；");
        html.ShouldContain("承诺书：服务系统提供模板，下载打印签字盖章后，上传电子版。");
        html.ShouldContain("预收资金数据填报：按照《实施办法》第十一条要求报送相应数据。");
    }

    [Fact]
    public async Task The_questions_page_answers_anonymously_with_the_manuals_three_questions()
    {
        using var client = factory.AnonymousClient();
        var html = await AnonymousPageAsync(client, "/Help/Faq");

        html.ShouldContain("常见问题");
        html.ShouldContain("问1：服务系统注册必须由法定代表人（负责人）注册吗？");
        html.ShouldContain("在验证电子营业执照验证时，须由法定代表人（负责人）配合完成。");
        html.ShouldContain("问2：显示账号已经被注册了，该如何处理？");
        html.ShouldContain("一个手机号只能注册一次，暂不支持同一手机号管理多个备案经营者。");
        html.ShouldContain("问3：是否可以使用个人账户或其他主体账户？");
        html.ShouldContain("开设唯一的预付卡预收资金专用存管账户。");
    }

    [Fact]
    public async Task A_signed_in_operator_finds_the_help_pages_in_its_menu()
    {
        using var client = await factory.SignedInClientAsync("91110107MA01AB2C3C");
        var home = await client.GetPageAsync("/Operator");

        home.ShouldContain("href=\"/Help/Guide\"");
        home.ShouldContain("href=\"/Help/Faq\"");
    }
}
