using System.Net;
using System.Text.RegularExpressions;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Feed.FeedArrangement;

namespace PrepaidPlatform.Reporting.Tests.Feed;

/// <summary>
/// 发卡系统 (city) through HTTP: a checked form that keeps what was typed and stores nothing on a refusal, a key issued on
/// the kernel's credentials page that then feeds data, 停用 refusing it at once; districts and operators cannot open the pages.
/// </summary>
public sealed partial class CardSystemPagesTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    [Fact]
    public async Task A_blank_name_and_a_wrong_check_digit_are_refused_with_the_form_kept()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var valid = AUscc("110108");
        var wrong = valid[..17] + (valid[17] == '1' ? '2' : '1');
        using var response = await city.PostFormAsync("/Reporting/CardSystems/Edit", new Dictionary<string, string>
        {
            ["Input.Name"] = " ", ["Input.Uscc"] = wrong, ["Input.Active"] = "true",
        });
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("请输入发卡系统名称。");
        html.ShouldContain("统一社会信用代码校验位不正确，请核对后重新输入。");
        html.ShouldContain($"value=\"{wrong}\"");
        (await city.GetPageAsync("/Reporting/CardSystems")).ShouldNotContain(wrong);
    }

    [Fact]
    public async Task A_registered_system_gets_a_key_that_feeds_data_until_the_system_is_set_to_disabled()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var uscc = AUscc("110108");
        var form = new Dictionary<string, string> { ["Input.Name"] = "演示企业会员卡系统", ["Input.Uscc"] = uscc, ["Input.Active"] = "true" };
        using (var created = await city.PostFormAsync("/Reporting/CardSystems/Edit", form))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await created.Content.ReadAsStringAsync()));
        }

        var list = await city.GetPageAsync("/Reporting/CardSystems");
        list.ShouldContain("演示企业会员卡系统");
        var id = SystemId().Match(list).Groups[1].Value;
        using (var duplicate = await city.PostFormAsync("/Reporting/CardSystems/Edit", form))
        {
            (await duplicate.Content.ReadAsStringAsync()).ShouldContain("发卡系统“演示企业会员卡系统”已登记，请勿重复添加。");
        }

        var keys = $"/Reporting/CardSystems/Clients/{id}";
        using var issuedPage = await city.PostFormAsync(keys, new Dictionary<string, string> { ["name"] = "生产环境" }, keys + "?handler=Create");
        var issued = await issuedPage.Content.ReadAsStringAsync();
        var credential = new IssuedApiCredential(Code("issued-key-id").Match(issued).Groups[1].Value, Code("issued-secret-value").Match(issued).Groups[1].Value);
        (await city.GetPageAsync(keys)).ShouldNotContain(credential.Secret);

        var op = await factory.AFiledOperatorAsync("110108", "演示企业K1", Restaurants, Wanshoulu, new DateOnly(2025, 1, 10));
        var yesterday = DateOnly.FromDateTime(factory.Clock.GetUtcNow().AddHours(8).UtcDateTime).AddDays(-1);
        using (var fed = await factory.PostAsync(credential, Batch(Record(op.Uscc, yesterday, "K-1"))))
        {
            fed.StatusCode.ShouldBe(HttpStatusCode.OK, await fed.Content.ReadAsStringAsync());
        }

        form["Input.Active"] = "false";
        using (var disabled = await city.PostFormAsync($"/Reporting/CardSystems/Edit/{id}", form))
        {
            disabled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using var refused = await factory.PostAsync(credential, Batch(Record(op.Uscc, yesterday.AddDays(-1), "K-2")));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // A 停用 system's operators read as 未对接.
        (await factory.ConnectionSeenByAsync(op.TenantId, op.UserId)).ShouldBeNull();
    }

    [Fact]
    public async Task Districts_and_operators_cannot_open_the_card_system_pages()
    {
        foreach (var user in new[] { "reviewer110108", Pages.ReportingArrangement.DemoOperator })
        {
            using var client = await factory.SignedInClientAsync(user);
            using var response = await client.GetAsync("/Reporting/CardSystems");
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
        }
    }

    [GeneratedRegex("/Reporting/CardSystems/Clients/([0-9a-f-]{36})")]
    private static partial Regex SystemId();

    private static Regex Code(string testId) => new($"data-testid=\"{testId}\">([^<]+)<");
}
