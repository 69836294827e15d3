using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Identifiers;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Hardening;

/// <summary>
/// Issue 15 item 4 on the forms besides 备案信息: script and markup in each text field in turn, the rest of the form
/// complete — 本区信息, the city's 工作人员 form, the administrator's 实名信息 at registration. Free text is saved as typed
/// and every page that shows it shows it encoded; a field with a format rule answers with its own Chinese message and
/// nothing is saved.
/// </summary>
public sealed class HostileTextFormsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Guid Dongcheng = TenantSeeder.IdFor("110101");

    public static TheoryData<string> ProfileFields() => new() { "BureauName", "Address", "ServiceHours" };

    public static TheoryData<string> StaffFields() => new() { "UserName", "DisplayName", "Password" };

    private static readonly string[] AdministratorFieldNames = ["RealName", "IdNumber", "Phone", "Code", "Password", "ConfirmPassword"];

    public static TheoryData<string> AdministratorFields() => new(AdministratorFieldNames);

    [Theory]
    [MemberData(nameof(ProfileFields))]
    public async Task District_profile_text_with_script_is_saved_as_text_and_shown_encoded_on_the_page_and_in_the_audit(string field)
    {
        var max = new Dictionary<string, int> { ["BureauName"] = 64, ["Address"] = 128, ["ServiceHours"] = 64 };
        var payload = HostileText.Fitting(max[field], "#" + field);
        var complete = new Dictionary<string, string>
        {
            ["Input.BureauName"] = "北京市东城区商务局",
            ["Input.Address"] = "北京市东城区东四北大街1号",
            ["Input.ServiceHours"] = "工作日 9:00-17:00",
        };
        complete["Input." + field] = payload;

        using var admin = await factory.SignedInClientAsync("admin110101");
        var url = $"/Platform/DistrictProfile/{(await ProfileAsync()).Id}";
        using (var saved = await admin.PostFormAsync(url, complete))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await saved.Content.ReadAsStringAsync()));
        }

        var profile = await ProfileAsync();
        new[] { profile.BureauName, profile.Address, profile.ServiceHours }.ShouldContain(payload, "stored as typed");
        HostileText.ShouldShowAsText(await admin.GetPageAsync(url), payload, $"本区信息 after saving {field}");
        // The audit page shows the change as JSON (a quote escaped there): no markup, and the field's tagged value.
        using var city = await factory.SignedInClientAsync("cityadmin");
        var audit = await city.GetPageAsync($"/Platform/Audit?EntityType=DistrictProfile&District={Dongcheng}");
        HostileText.ShouldHoldNoMarkup(audit, $"审计日志 of {field}");
        WebUtility.HtmlDecode(audit).ShouldContain("#" + field, Case.Sensitive, $"审计日志 shows no change of {field}");
    }

    [Theory]
    [MemberData(nameof(StaffFields))]
    public async Task Staff_text_with_script_is_saved_as_text_and_listed_encoded_or_refused_with_the_fields_message(string field)
    {
        var userName = "hostile." + field.ToLowerInvariant();
        var payload = HostileText.Fitting(field == "DisplayName" ? 32 : 200, field == "DisplayName" ? "" : "#" + field);
        var form = new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "测试人员",
            ["Input.Side"] = "District",
            ["Input.TenantId"] = Dongcheng.ToString(),
            ["Input.Password"] = "Aa@123456",
        };
        form["Input." + field] = payload;

        using var city = await factory.SignedInClientAsync("cityadmin");
        var users = await factory.CountAsync("SELECT COUNT(*) FROM Identity_Users");
        using var response = await city.PostFormAsync("/Identity/Staff", form, "/Identity/Staff?handler=Create");
        var answer = await response.Content.ReadAsStringAsync();
        HostileText.ShouldHoldNoMarkup(answer, $"the answer to {field}", payload);
        switch (field)
        {
            case "UserName":
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                PlatformClient.ValidationSummary(answer).ShouldContain("账号须为3-32位字母、数字或 . _ -");
                break;
            case "Password":
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                PlatformClient.ValidationSummary(answer).ShouldContain("密码长度须为8-16位。");
                break;
            default:
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(answer));
                HostileText.ShouldShowAsText(await city.GetPageAsync($"/Identity/Staff?Search={userName}"), payload, "工作人员 list");
                (await factory.CountAsync("SELECT COUNT(*) FROM Identity_Users")).ShouldBe(users + 1);
                return;
        }

        (await factory.CountAsync("SELECT COUNT(*) FROM Identity_Users")).ShouldBe(users, $"a refused {field} created an account");
    }

    [Theory]
    [MemberData(nameof(AdministratorFields))]
    public async Task Administrator_details_with_script_are_refused_at_registration_with_the_fields_message(string field)
    {
        // A phone of its own per field: a second code to one phone within the minute would be refused.
        var phone = "1390000071" + Array.IndexOf(AdministratorFieldNames, field);
        var payload = HostileText.Full + "#" + field;
        using var client = await RegistrationJourney.VerifiedLicenceAsync(factory, "91110108MA01AB3C3G");
        (await RegistrationJourney.SendCodeAsync(client, phone)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var form = RegistrationJourney.Details(phone, await factory.LatestCodeAsync(phone));
        form["Input." + field] = payload;
        if (field == "Password")
        {
            form["Input.ConfirmPassword"] = payload;
        }

        using var response = await RegistrationJourney.NextAsync(client, form);
        var answer = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, field);
        HostileText.ShouldHoldNoMarkup(answer, $"the answer to {field}", payload);
        var message = HostileText.FieldMessage(answer, "Input." + field);
        switch (field)
        {
            case "RealName":
                message.ShouldBe("请输入真实姓名（2-30个字，少数民族姓名可含间隔号“·”）。");
                break;
            case "IdNumber":
                message.ShouldBe(ResidentIdNumber.Validate(payload.ToUpperInvariant(), DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))));
                break;
            case "Phone":
                message.ShouldBe(MobilePhone.InvalidMessage);
                break;
            case "ConfirmPassword":
                message.ShouldBe("两次输入的密码不一致。");
                break;
            default:
                // 验证码 (the code check's own answer) and 登录密码 (the password rules): a Chinese message under the field.
                message.ShouldNotBeNullOrWhiteSpace(field);
                message.ShouldContain("码", Case.Sensitive, field);
                break;
        }

        (await factory.CountAsync("SELECT COUNT(*) FROM Identity_Users WHERE NormalizedUserName = '91110108MA01AB3C3G'")).ShouldBe(0);
    }

    private Task<DistrictProfile> ProfileAsync() => factory.InScopeAsync(async sp =>
    {
        using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(Dongcheng);
        return (await sp.GetRequiredService<DistrictProfileService>().MineAsync(default))!;
    });
}
