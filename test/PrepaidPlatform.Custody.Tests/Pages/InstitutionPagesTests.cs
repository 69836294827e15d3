using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Application;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Custody.Tests.Api;
using PrepaidPlatform.Platform.Api;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Pages;

/// <summary>
/// 存管银行 and 保险机构 (city) through HTTP: a checked form, one institution per bank, keys whose secret is shown once,
/// rotation and revocation that take effect at the signed API, and a 停用 institution whose keys Custody refuses.
/// </summary>
public sealed partial class InstitutionPagesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string ClientCheck = "/api/v1/platform/client";

    [Fact]
    public async Task A_wrong_check_digit_a_second_bank_of_the_same_code_and_a_bad_phone_are_refused_and_nothing_is_stored()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var valid = Uscc("91110000MA00TB1");
        var wrongDigit = valid[..17] + (valid[17] == '1' ? '2' : '1');
        using var response = await city.PostFormAsync("/Custody/Institutions/Edit/banks", Form("测试银行", wrongDigit, "BOB", "not-a-phone"));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("统一社会信用代码校验位不正确，请核对后重新输入。");
        // 北京银行 is the demo seed's bank: one institution per bank code.
        html.ShouldContain("北京银行已登记为存管银行，每家银行只能登记一次。");
        html.ShouldContain("联系电话应为手机号码或固定电话");
        (await CountAsync("测试银行")).ShouldBe(0);
    }

    [Fact]
    public async Task A_bank_is_created_listed_and_edited()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        using var created = await city.PostFormAsync("/Custody/Institutions/Edit/banks", Form("招商银行北京分行", Uscc("91110000MA00CB1"), "CMB", "010-66668888"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await created.Content.ReadAsStringAsync()));
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];

        var list = await city.GetPageAsync("/Custody/Institutions/banks");
        list.ShouldContain("招商银行北京分行");
        list.ShouldContain("启用");

        using var edited = await city.PostFormAsync($"/Custody/Institutions/Edit/banks/{id}",
            Form("招商银行北京分行", Uscc("91110000MA00CB1"), "CMB", "13800001111", status: "Suspended"));
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await city.GetPageAsync("/Custody/Institutions/banks")).ShouldContain("停用");
        (await city.GetPageAsync("/Custody/Institutions/insurers")).ShouldNotContain("招商银行北京分行");
    }

    [Fact]
    public async Task A_secret_is_shown_once_and_a_revoked_key_gets_401_at_the_signed_api()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var insurer = await CreateInsurerAsync(city, "测试保险一", "91110000MA00PN1");
        var url = $"/Custody/Institutions/Clients/{insurer}";

        using var created = await city.PostFormAsync(url, new Dictionary<string, string> { ["name"] = "生产环境" }, url + "?handler=Create");
        var html = await created.Content.ReadAsStringAsync();
        var credential = Issued(html);
        credential.Secret.Length.ShouldBeGreaterThan(16);

        var again = await city.GetPageAsync(url);
        again.ShouldContain(credential.KeyId);
        again.ShouldNotContain(credential.Secret);
        again.ShouldNotContain("data-testid=\"issued-secret\"");
        (await SelfCheckAsync(credential)).ShouldBe(HttpStatusCode.OK);

        var clientId = await ClientIdAsync(insurer, credential.KeyId);
        using var revoked = await city.PostFormAsync(url, new Dictionary<string, string> { ["clientId"] = clientId.ToString() }, url + "?handler=Revoke");
        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await city.GetPageAsync(url)).ShouldContain("已吊销");
        (await SelfCheckAsync(credential)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_rotated_key_works_only_with_its_new_secret()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var insurer = await CreateInsurerAsync(city, "测试保险二", "91110000MA00PN2");
        var url = $"/Custody/Institutions/Clients/{insurer}";
        using var created = await city.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=Create");
        var old = Issued(await created.Content.ReadAsStringAsync());

        var clientId = await ClientIdAsync(insurer, old.KeyId);
        using var rotated = await city.PostFormAsync(url, new Dictionary<string, string> { ["clientId"] = clientId.ToString() }, url + "?handler=Rotate");
        var fresh = Issued(await rotated.Content.ReadAsStringAsync());

        fresh.KeyId.ShouldBe(old.KeyId);
        fresh.Secret.ShouldNotBe(old.Secret);
        (await SelfCheckAsync(old)).ShouldBe(HttpStatusCode.Unauthorized);
        (await SelfCheckAsync(fresh)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_institutions_key_cannot_be_revoked_through_this_institutions_page()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var first = await CreateInsurerAsync(city, "测试保险三", "91110000MA00PN3");
        var second = await CreateInsurerAsync(city, "测试保险四", "91110000MA00PN4");
        var url = $"/Custody/Institutions/Clients/{first}";
        using var created = await city.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=Create");
        var credential = Issued(await created.Content.ReadAsStringAsync());
        var clientId = await ClientIdAsync(first, credential.KeyId);

        var foreign = $"/Custody/Institutions/Clients/{second}";
        using var refused = await city.PostFormAsync(foreign, new Dictionary<string, string> { ["clientId"] = clientId.ToString() }, foreign + "?handler=Revoke");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("该密钥不存在或已吊销。");
        (await SelfCheckAsync(credential)).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Custody_finds_the_institution_of_a_key_only_while_the_institution_is_active()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        var insurer = await CreateInsurerAsync(city, "测试保险五", "91110000MA00PN5");
        var url = $"/Custody/Institutions/Clients/{insurer}";
        using var created = await city.PostFormAsync(url, new Dictionary<string, string>(), url + "?handler=Create");
        var keyId = Issued(await created.Content.ReadAsStringAsync()).KeyId;

        (await FindActiveAsync(insurer, keyId)).ShouldBe(insurer);
        using var suspended = await city.PostFormAsync($"/Custody/Institutions/Edit/insurers/{insurer}",
            Form("测试保险五", Uscc("91110000MA00PN5"), null, "13800001111", status: "Suspended"));
        suspended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindActiveAsync(insurer, keyId)).ShouldBeNull();
    }

    [Fact]
    public async Task District_staff_and_operators_cannot_open_the_institution_pages()
    {
        foreach (var user in new[] { "reviewer110107", "91110107MA01AB2C3C" })
        {
            using var client = await factory.SignedInClientAsync(user);
            foreach (var url in new[] { "/Custody/Institutions/banks", "/Custody/Institutions/Edit/insurers", $"/Custody/Institutions/Clients/{Guid.NewGuid()}" })
            {
                using var response = await client.GetAsync(url);
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{user} {url}");
                response.Headers.Location!.OriginalString.ShouldContain("AccessDenied");
            }
        }
    }

    [Fact]
    public async Task The_demo_seed_has_one_demo_bank_and_one_demo_insurer()
    {
        using var city = await factory.SignedInClientAsync("cityadmin");
        (await city.GetPageAsync("/Custody/Institutions/banks")).ShouldContain("北京银行（演示）");
        (await city.GetPageAsync("/Custody/Institutions/insurers")).ShouldContain("演示保险机构");
    }

    /// <summary>A made-up USCC with a correct check character.</summary>
    private static string Uscc(string first15)
    {
        var first17 = first15 + "01";
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    private static Dictionary<string, string> Form(string name, string uscc, string? bankCode, string phone, string status = "Active")
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Uscc"] = uscc, ["Input.ContactName"] = "张三", ["Input.ContactPhone"] = phone, ["Input.Status"] = status,
        };
        if (bankCode is not null)
        {
            form["Input.BankCode"] = bankCode;
        }

        return form;
    }

    private static async Task<Guid> CreateInsurerAsync(PlatformClient city, string name, string first15)
    {
        using var created = await city.PostFormAsync("/Custody/Institutions/Edit/insurers", Form(name, Uscc(first15), null, "010-88886666"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await created.Content.ReadAsStringAsync()));
        return Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    private static IssuedApiCredential Issued(string html)
    {
        var (keyId, secret) = (IssuedRegex().Match(html).Groups[1].Value, SecretRegex().Match(html).Groups[1].Value);
        keyId.ShouldNotBeNullOrEmpty(PlatformClient.ValidationSummary(html));
        secret.ShouldNotBeNullOrEmpty();
        return new IssuedApiCredential(keyId, WebUtility.HtmlDecode(secret));
    }

    private async Task<HttpStatusCode> SelfCheckAsync(IssuedApiCredential credential)
    {
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(ApiSigner.Signed(HttpMethod.Get, ClientCheck, null, credential, factory.Clock.GetUtcNow()));
        return response.StatusCode;
    }

    private Task<Guid> ClientIdAsync(Guid institution, string keyId) => factory.InScopeAsync(async sp =>
        (await sp.GetRequiredService<IApiClients>().ListAsync(CustodyApiOwner.Institution, institution)).Single(c => c.KeyId == keyId).Id);

    private Task<Guid?> FindActiveAsync(Guid institution, string keyId) => factory.InScopeAsync(async sp =>
    {
        var client = (await sp.GetRequiredService<IApiClients>().ListAsync(CustodyApiOwner.Institution, institution)).Single(c => c.KeyId == keyId);
        return (await sp.GetRequiredService<CustodyInstitutions>().FindActiveByClientAsync(client))?.Id;
    });

    private Task<int> CountAsync(string name) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<PlatformDbContext>().Set<CustodyInstitution>().CountAsync(i => i.Name == name));

    [GeneratedRegex("data-testid=\"issued-key-id\">([^<]+)<")]
    private static partial Regex IssuedRegex();

    [GeneratedRegex("data-testid=\"issued-secret-value\">([^<]+)<")]
    private static partial Regex SecretRegex();
}
