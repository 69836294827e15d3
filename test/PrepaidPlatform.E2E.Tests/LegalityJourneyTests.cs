using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PrepaidPlatform.CreditRisk.Tests.Legality;
using PrepaidPlatform.Custody.Tests.Requirements;
using PrepaidPlatform.E2E.Tests.Pages;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.E2E.Tests;

/// <summary>
/// Issue 17's journey in the browser: a district orders a violation rectified (黄灯); the deadline passes on the platform
/// clock and the workflow timer turns it 红灯 and puts the operator on the 重点抽查目录; a 双随机 draw takes it from there,
/// the inspection finds a problem, the finding is referred to an enforcement department and followed to 已办结; the
/// rectification turns the light 绿灯. The city's part (an enforcement department, a second inspector) is arranged over HTTP.
/// </summary>
public sealed partial class LegalityJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string District = "110105", Reviewer = "reviewer110105", Department = "市场监管综合执法（旅程测试）";

    [Fact]
    public async Task A_violation_goes_yellow_red_onto_the_key_list_is_drawn_inspected_referred_and_green_when_rectified()
    {
        var factory = browser.Factory;
        var name = "测试合法性企业" + Guid.NewGuid().ToString("N")[..4];
        var uscc = SupervisedOperators.RandomUscc();
        await factory.AnOperatorAsync(District, 34_510_000, uscc: uscc, name: name);
        await CityArrangesAsync();
        var order = "朝商责改〔2026〕" + uscc[^4..];

        var page = await SignedInAsync();
        var legality = new LegalityPage(page);
        await legality.OpenAsync();
        await legality.OrderAsync(uscc, order, 5, "未按规定公示预付卡章程（旅程测试）");
        await Assertions.Expect(legality.Notice).ToContainTextAsync("已录入，整改期限至");
        await Assertions.Expect(legality.Light(order)).ToHaveTextAsync("黄灯");
        await BrowserFixture.ScreenshotAsync(page, "creditrisk-legality-yellow");

        // The deadline passes on the platform clock; the every-minute timer sweep turns the order overdue.
        var violation = (await factory.ViolationAsync(order))!;
        factory.Clock.SetUtcNow(new DateTimeOffset(violation.OverdueFromUtc.AddMinutes(1), TimeSpan.Zero));
        (await factory.SweepTimersAsync()).ShouldBeGreaterThanOrEqualTo(1);

        // Days later the session has expired on the same clock: the reviewer signs in again.
        page = await SignedInAsync();
        legality = new LegalityPage(page);
        await legality.OpenAsync();
        await Assertions.Expect(legality.Light(order)).ToHaveTextAsync("红灯");
        await Assertions.Expect(legality.Status(order)).ToContainTextAsync("逾期未整改");
        await page.GetByRole(AriaRole.Link, new() { Name = "重点抽查目录" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(KeyListUrl());
        await Assertions.Expect(page.GetByTestId("key-list")).ToContainTextAsync(uscc);
        await Assertions.Expect(page.GetByTestId("key-list")).ToContainTextAsync(order);
        await BrowserFixture.ScreenshotAsync(page, "creditrisk-key-list");

        // 双随机: one operator from the key list, none of the others; the district's two staff are the inspectors.
        var inspections = new InspectionPages(page);
        await inspections.OpenAsync();
        await inspections.DrawAsync("重点抽查（旅程测试）", 1, 0);
        await Assertions.Expect(inspections.Notice).ToContainTextAsync("重点抽查 1 家、其他经营者 0 家");
        await Assertions.Expect(inspections.Item(uscc)).ToContainTextAsync(name);
        await inspections.RecordAsync(uscc, "发现问题", "经营场所未公示预付卡章程，拒不整改（旅程测试）");
        await Assertions.Expect(inspections.Notice).ToContainTextAsync("发现问题");
        await BrowserFixture.ScreenshotAsync(page, "creditrisk-inspection-result");

        // 线索移交 from the inspection's finding, followed to 已办结.
        await inspections.ReferAsync(uscc);
        var referrals = new ReferralPages(page);
        await Assertions.Expect(referrals.Finding).ToHaveValueAsync("经营场所未公示预付卡章程，拒不整改（旅程测试）");
        await referrals.ReferAsync(Department);
        await Assertions.Expect(referrals.Notice).ToContainTextAsync($"已将 {name} 的线索移交{Department}");
        await Assertions.Expect(referrals.Status).ToHaveTextAsync("已移交");
        await referrals.AcceptAsync();
        await Assertions.Expect(referrals.Status).ToHaveTextAsync("已受理");
        await referrals.CloseAsync("已立案查处，责令改正并予警告（旅程测试）");
        await Assertions.Expect(referrals.Status).ToHaveTextAsync("已办结");
        await Assertions.Expect(page.GetByTestId("outcome")).ToHaveTextAsync("已立案查处，责令改正并予警告（旅程测试）");
        await Assertions.Expect(referrals.Steps).ToHaveCountAsync(3);
        await BrowserFixture.ScreenshotAsync(page, "creditrisk-referral-closed");
        await referrals.OpenListFromMenuAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ReferralsUrl());
        await Assertions.Expect(referrals.Rows.Filter(new() { HasText = uscc })).ToContainTextAsync("已办结");

        // The district records the rectification: 绿灯.
        await legality.OpenAsync();
        await legality.RectifyAsync(order, "已公示预付卡章程，经现场核查整改完成（旅程测试）");
        await Assertions.Expect(legality.Notice).ToContainTextAsync("整改完成");
        await Assertions.Expect(legality.Status(order)).ToContainTextAsync("已整改");
        await Assertions.Expect(legality.Light(order)).ToHaveTextAsync("绿灯");
        await BrowserFixture.ScreenshotAsync(page, "creditrisk-legality-green");
    }

    private async Task<IPage> SignedInAsync()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync(Reviewer, PlatformFactory.DemoPassword, open: true);
        await Assertions.Expect(page).ToHaveURLAsync(WorkUrl(), new() { Timeout = 60_000 });
        return page;
    }

    /// <summary>The city's part: an enforcement department to refer to, and a second staff member so the district can draw two inspectors.</summary>
    private async Task CityArrangesAsync()
    {
        var factory = browser.Factory;
        // The factory's own clients address the in-memory server; this host listens on Kestrel.
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(browser.BaseUrl) };
        using var city = new PlatformClient(http, factory);
        await city.SignInAsync("cityadmin", PlatformFactory.DemoPassword);
        var department = await city.PostFormAsync("/CreditRisk/Departments", new Dictionary<string, string>
        {
            ["Input.Name"] = Department, ["Input.Contact"] = "执法受理窗口 010-00000000",
        });
        department.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await department.Content.ReadAsStringAsync()));
        var staff = await city.PostFormAsync("/Identity/Staff", new Dictionary<string, string>
        {
            ["Input.UserName"] = "cy.journey.inspector", ["Input.DisplayName"] = "区检查员（旅程测试）", ["Input.Side"] = "District",
            ["Input.TenantId"] = (await factory.TenantAsync(District)).ToString(), ["Input.Password"] = "Test@2026x",
        }, postUrl: "/Identity/Staff?handler=Create");
        staff.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await staff.Content.ReadAsStringAsync()));
    }

    [GeneratedRegex("/Work$")]
    private static partial Regex WorkUrl();

    [GeneratedRegex("/CreditRisk/Referrals$")]
    private static partial Regex ReferralsUrl();

    [GeneratedRegex("/CreditRisk/KeyList$")]
    private static partial Regex KeyListUrl();
}
