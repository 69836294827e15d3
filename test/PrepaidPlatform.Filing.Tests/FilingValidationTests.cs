using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// 提交备案 checks every field of 第1步 with a specific Chinese message, and a refused submit stores nothing. Every
/// submit of this class is refused, so the demo operator never gets an application here.
/// </summary>
public sealed class FilingValidationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly string Long100 = new('长', 100);

    [Theory]
    [InlineData("ShopName", "", "ShopName", "请输入店铺/品牌名称。")]
    [InlineData("ShopName", "<51>", "ShopName", "店铺/品牌名称不能超过50个字。")]
    [InlineData("IndustryCode", "", "IndustryCode", "请选择所属行业。")]
    [InlineData("IndustryCode", "0111", "IndustryCode", "所属行业须从行业字典（GB/T 4754-2017）中选择。")]
    [InlineData("DistrictCode", "", "DistrictCode", "请选择所在区域。")]
    [InlineData("StreetCode", "", "StreetCode", "请选择所在街道（乡镇）。")]
    [InlineData("StreetCode", "110101001", "StreetCode", "所选街道（乡镇）不属于所选区域，请重新选择。")]
    [InlineData("StreetCode", "110105001", "StreetCode", "所选街道（乡镇）不属于所选区域，请重新选择。")]
    [InlineData("StreetCode", "110108001", "StreetCode", "所选街道（乡镇）不属于所选区域，请重新选择。")]
    [InlineData("Category", "", "Category", "请选择类别。")]
    [InlineData("Category", "Other", "Category", "请从列表中选择类别。")]
    [InlineData("Category", "1", "Category", "请从列表中选择类别。")]
    [InlineData("LegalRepName", "", "LegalRepName", "请输入法人/负责人姓名。")]
    [InlineData("LegalRepIdType", "", "LegalRepIdType", "请选择法人/负责人的证件类型。")]
    [InlineData("LegalRepIdNumber", "", "LegalRepIdNumber", "请输入法人/负责人的证件号码。")]
    [InlineData("LegalRepIdNumber", "110105194912310021", "LegalRepIdNumber", "身份证号码校验位不正确，请核对后重新输入。")]
    [InlineData("LegalRepIdNumber", "11010520991231002X", "LegalRepIdNumber", "身份证号码中的出生日期不正确。")]
    [InlineData("LegalRepPhone", "", "LegalRepPhone", "请输入法人/负责人的手机号。")]
    [InlineData("LegalRepPhone", "1234567", "LegalRepPhone", "请输入正确的11位手机号码。")]
    [InlineData("PremisesAddress", "", "PremisesAddress", "请输入实际经营场所。")]
    [InlineData("PremisesOwnership", "", "PremisesOwnership", "请选择房屋归属。")]
    [InlineData("LeaseTo", "", "LeaseTo", "房屋归属为租赁时，请填写租赁期限的开始和结束日期。")]
    [InlineData("LeaseTo", "2023-12-31", "LeaseTo", "租赁期限的结束日期须晚于开始日期。")]
    [InlineData("LeaseFrom", "2024/01/01", "LeaseFrom", "租赁期限的开始日期格式不正确，请按“年-月-日”选择日期。")]
    [InlineData("ProductName", "", "ProductName", "请输入发行单用途卡的商品或服务名称。")]
    [InlineData("CardsIssued", "", "CardsIssued", "请输入累计发行张数。")]
    [InlineData("CardsIssued", "-1", "CardsIssued", "累计发行张数须为不小于0的整数（单位：张）。")]
    [InlineData("CardsIssued", "1.5", "CardsIssued", "累计发行张数须为不小于0的整数（单位：张）。")]
    [InlineData("CardsIssued", "0", "CardsIssued", "累计发行张数为0时预收资金余额应为0，请核对。")]
    [InlineData("PrepaidBalanceWan", "", "PrepaidBalanceWan", "请输入截至上季度末的预收资金余额。")]
    [InlineData("PrepaidBalanceWan", "12.3456789", "PrepaidBalanceWan", "预收资金余额须为不小于0的数字，单位万元，最多6位小数（精确到分）。")]
    [InlineData("PrepaidBalanceWan", "-3", "PrepaidBalanceWan", "预收资金余额须为不小于0的数字，单位万元，最多6位小数（精确到分）。")]
    [InlineData("PrepaidBalanceWan", "1e3", "PrepaidBalanceWan", "预收资金余额须为不小于0的数字，单位万元，最多6位小数（精确到分）。")]
    [InlineData("CustodyBankCode", "", "CustodyBankCode", "请选择开户银行。")]
    [InlineData("CustodyBankCode", "XYZ", "CustodyBankCode", "开户银行须从银行列表中选择。")]
    [InlineData("CustodyBranchName", "", "CustodyBranchName", "请输入开户支行名称。")]
    [InlineData("CustodyBranchName", "上海银行徐汇支行", "CustodyBranchName", "开户支行须为北京市内的银行网点：请填写含“北京”的支行全称，如“××银行北京××支行”。")]
    [InlineData("CustodyAccountNumber", "", "CustodyAccountNumber", "请输入专用存管账户的银行账号。")]
    [InlineData("CustodyAccountNumber", "12ab5678", "CustodyAccountNumber", "银行账号须为8至30位数字。")]
    [InlineData("CustodyAccountNumber", "1234567", "CustodyAccountNumber", "银行账号须为8至30位数字。")]
    public async Task Submit_names_the_wrong_field_with_the_manuals_rule(string field, string value, string errorField, string message)
    {
        value = value == "<51>" ? new string('名', 51) : value;
        await SubmitRefusedAsync(FilingInfoPage.Complete().With(field, value), errorField, message);
    }

    [Theory]
    [InlineData("HongKongPermit", "12345678", "请输入正确的香港居民来往内地通行证号码（H开头，共9位或11位）。")]
    [InlineData("MacaoPermit", "H12345678", "请输入正确的澳门居民来往内地通行证号码（M开头，共9位或11位）。")]
    [InlineData("TaiwanPermit", "1234567", "请输入正确的台湾居民来往大陆通行证号码（8位数字或10位数字）。")]
    [InlineData("Passport", "E1", "请输入正确的护照号码（5至20位字母或数字）。")]
    [InlineData("ForeignPermanentResidentId", "USA1100123", "请输入正确的外国人永久居留身份证号码（15位或以9开头的18位）。")]
    public async Task The_id_number_must_fit_the_chosen_id_type(string idType, string number, string message)
    {
        await SubmitRefusedAsync(FilingInfoPage.Complete().With("LegalRepIdType", idType).With("LegalRepIdNumber", number), "LegalRepIdNumber", message);
    }

    [Theory]
    [InlineData("110108", "110108001")]
    [InlineData("110105", "110105001")]
    public async Task The_district_must_be_the_registered_addresss_district(string district, string street)
    {
        // 提示(2): 所在区域选择须与注册地址一致 — 演示企业2 is registered in 石景山区. The street itself (海淀/朝阳's
        // first 街道, which the refusals above reject under 石景山区) is accepted for its own district.
        var html = await SubmitRefusedAsync(FilingInfoPage.Complete().With("DistrictCode", district).With("StreetCode", street),
            "DistrictCode", "所在区域须与注册地址一致：注册地址位于石景山区。");
        FilingInfoPage.FieldError(html, "StreetCode").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_expired_lease_is_refused_and_an_owned_place_needs_no_lease()
    {
        await SubmitRefusedAsync(FilingInfoPage.Complete().With("LeaseFrom", "2020-01-01").With("LeaseTo", "2021-01-01"), "LeaseTo", "租赁期限已届满，请填写有效的租赁期限。");
        // 自有: the lease fields are not required (another field is wrong so that nothing is stored).
        var html = await SubmitRefusedAsync(FilingInfoPage.Complete().With("PremisesOwnership", "Owned").With("LeaseFrom", "").With("LeaseTo", "").With("ShopName", ""),
            "ShopName", "请输入店铺/品牌名称。");
        FilingInfoPage.FieldError(html, "LeaseTo").ShouldBeEmpty();
    }

    [Fact]
    public async Task Over_long_texts_are_refused_even_in_a_draft()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        var response = await FilingInfoPage.SaveAsync(client, new Dictionary<string, string> { ["Input.ProductName"] = Long100, ["Input.Remarks"] = Long100 });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        FilingInfoPage.FieldError(html, "ProductName").ShouldBe("发行单用途卡的商品或服务名称不能超过99个字。");
        FilingInfoPage.FieldError(html, "Remarks").ShouldBe("备注信息不能超过99个字。");
        (await ApplicationCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_form_is_prefilled_from_the_licence_and_shows_the_threshold_hint()
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        var html = await client.GetPageAsync(FilingInfoPage.Url);
        FilingInfoPage.TestId(html, "licence-name").ShouldBe("演示企业2");
        FilingInfoPage.TestId(html, "account-name").ShouldBe("演示企业2");
        html.ShouldContain("value=\"测试2\"");
        FilingInfoPage.TestId(html, "threshold-hint").ShouldBe("预收资金余额达50万元的经营者应当备案；未达该金额的，可以自主备案。");
        FilingInfoPage.TestId(html, "contact-name").ShouldBe("测试管理员");
        FilingInfoPage.TestId(html, "contact-id").ShouldBe("1101**********002X");
        html.ShouldContain("href=\"/Onboarding/Register\" data-testid=\"update-licence\"");
        // The operator menu's 备案信息 leads here (no longer the 尚未开通 placeholder).
        html.ShouldContain("href=\"/Filing/Info\"");
        html.ShouldNotContain("not-yet-available");
    }

    private const string DemoUser = "91110107MA01AB2C3C";

    private async Task<string> SubmitRefusedAsync(Dictionary<string, string> fields, string errorField, string message)
    {
        using var client = await factory.SignedInClientAsync(DemoUser);
        var response = await FilingInfoPage.SubmitAsync(client, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        FilingInfoPage.FieldError(html, errorField).ShouldBe(message);
        // Nothing half-saved: not even a draft row is left behind by a refused submit.
        (await ApplicationCountAsync()).ShouldBe(0);
        return html;
    }

    private Task<int> ApplicationCountAsync() => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().CountAsync();
    });
}
