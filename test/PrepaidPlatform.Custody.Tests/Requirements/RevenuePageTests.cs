using System.Net;
using PrepaidPlatform.Custody.Tests.Statements;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Requirements;

/// <summary>
/// A deployment under the Shanghai profile, with the demo operator (演示企业2, 石景山区) under supervision once per host:
/// 预收资金余额 400,000 元 and the bank's 存管 160,000 元 (40 %: 达标 until a revenue declaration lowers the special standard).
/// </summary>
public sealed class ShanghaiPlatform : PlatformFactory
{
    public const string DemoOperator = ShortfallSignals.DemoOperator;

    private readonly Lazy<Task<Guid>> _operator;

    public ShanghaiPlatform() => _operator = new(async () =>
    {
        var user = await this.UserAsync(DemoOperator);
        var id = await this.AnOperatorAsync("110107", 40_000_000, user.Id, uscc: DemoOperator, name: "演示企业2");
        await this.StatementAsync(id, 40_000_000, 16_000_000);
        return id;
    });

    protected override IDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Settings:" + RuleSettings.Profile] = nameof(RuleProfileKind.Shanghai) };

    internal Task<Guid> SupervisedDemoOperatorAsync() => _operator.Value;

    internal async Task<int> EpisodeCountAsync(Guid operatorId) => (await this.EpisodesAsync(operatorId)).Count;
}

/// <summary>上年度主营业务收入 (Shanghai's special standard): the operator declares it; a bad amount is refused with its reason and saves nothing.</summary>
public sealed class ShanghaiRevenuePageTests(ShanghaiPlatform factory) : IClassFixture<ShanghaiPlatform>
{
    private const string Url = "/Custody/Revenue";
    private const string Refusal = "上年度主营业务收入须为不小于 0 的金额（元），最多两位小数。";

    [Theory]
    [InlineData("")]
    [InlineData("一百万")]
    [InlineData("-1")]
    [InlineData("1.005")]
    [InlineData("1e6")]
    public async Task A_bad_amount_is_refused_with_its_reason_and_nothing_changes(string amount)
    {
        var id = await factory.SupervisedDemoOperatorAsync();
        var before = await factory.OperatorAsync(id);
        var episodes = await factory.EpisodeCountAsync(id);
        using var client = await factory.SignedInClientAsync(ShanghaiPlatform.DemoOperator);

        using var response = await client.PostFormAsync(Url, new Dictionary<string, string> { ["Amount"] = amount });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(Refusal);
        var after = await factory.OperatorAsync(id);
        after.LastYearMainRevenueFen.ShouldBe(before.LastYearMainRevenueFen);
        after.RevenueDeclaredAtUtc.ShouldBe(before.RevenueDeclaredAtUtc);
        (await factory.EpisodeCountAsync(id)).ShouldBe(episodes);
    }

    [Fact]
    public async Task A_declared_revenue_is_saved_and_the_requirement_follows_the_special_standard()
    {
        var id = await factory.SupervisedDemoOperatorAsync();
        using var client = await factory.SignedInClientAsync(ShanghaiPlatform.DemoOperator);
        (await client.GetPageAsync("/Custody/Account")).ShouldContain("data-testid=\"declare-revenue\"");

        // 150 万元 of revenue: special standard min(20 % × 150 万, 5000 万) = 30 万 < 40 万 balance → the whole balance.
        using var response = await client.PostFormAsync(Url, new Dictionary<string, string> { ["Amount"] = "1,500,000.00" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode(await client.GetPageAsync(Url));
        page.ShouldContain("上年度主营业务收入已保存");
        page.ShouldContain("预收资金余额 400,000.00 元 × 100% = 400,000.00 元");
        (await factory.OperatorAsync(id)).LastYearMainRevenueFen.ShouldBe(150_000_000);
        // 160,000 元 in custody is now short by 240,000 元: the declaration opened an episode at once.
        (await factory.EpisodeCountAsync(id)).ShouldBe(1);
    }
}

/// <summary>Under the Beijing profile revenue changes nothing: the form is not offered and refuses a post.</summary>
public sealed class BeijingRevenuePageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_revenue_form_is_neither_linked_nor_served_and_a_post_saves_nothing()
    {
        var user = await factory.UserAsync(ShanghaiPlatform.DemoOperator);
        var id = await factory.AnOperatorAsync("110107", 40_000_000, user.Id, uscc: ShanghaiPlatform.DemoOperator, name: "演示企业2");
        using var client = await factory.SignedInClientAsync(ShanghaiPlatform.DemoOperator);

        var account = await client.GetPageAsync("/Custody/Account");
        account.ShouldNotContain("declare-revenue");
        account.ShouldNotContain("/Custody/Revenue");
        (await client.GetAsync("/Custody/Revenue")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var post = await client.PostFormAsync("/Custody/Account", new Dictionary<string, string> { ["Amount"] = "1500000" }, "/Custody/Revenue");
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.OperatorAsync(id)).LastYearMainRevenueFen.ShouldBeNull();
    }
}
