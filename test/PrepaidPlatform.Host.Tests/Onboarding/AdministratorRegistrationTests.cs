using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Identity;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Testing.RegistrationJourney;

namespace PrepaidPlatform.Host.Tests.Onboarding;

/// <summary>二、管理员实名注册 and the 承诺书 (F1), over HTTP with the sandbox licence and the SMS queue.</summary>
public sealed class AdministratorRegistrationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private Task<PlatformUser?> AccountAsync(string uscc) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<UserManager<PlatformUser>>().Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == uscc);
    });

    [Fact]
    public async Task A_sandbox_entity_registers_its_administrator_and_signs_in_with_its_USCC()
    {
        using var client = await RegisterAsync(factory, "91110105MA01AB1C1K", "13900000101");
        var done = await client.GetPageAsync("/Onboarding/Done");
        done.ShouldContain("data-testid=\"registered\"");
        done.ShouldContain("91110105MA01AB1C1K");

        var user = (await AccountAsync("91110105MA01AB1C1K")).ShouldNotBeNull();
        user.TenantId.ShouldBe(TenantSeeder.IdFor("110105"));
        user.DisplayName.ShouldBe("演示企业1");
        user.AdministratorName.ShouldBe("测试管理员");
        user.PhoneMasked.ShouldBe("139****0101");
        user.IdNumberMasked.ShouldBe("1101**********002X");
        user.PhoneProtected.ShouldNotBeNull().ShouldNotContain("13900000101");
        user.IdNumberProtected.ShouldNotBeNull().ShouldNotContain("11010519491231002X");
        user.PhoneNumber.ShouldBeNull();
        user.CommitmentAcceptedAtUtc.ShouldNotBeNull();

        using var signedIn = await factory.SignedInClientAsync("91110105MA01AB1C1K", Password);
        (await signedIn.GetPageAsync("/Operator")).ShouldContain("演示企业1");
    }

    [Fact]
    public async Task Neither_the_audit_nor_the_account_row_holds_the_phone_or_ID_number_readable()
    {
        using var client = await RegisterAsync(factory, "91110101MA01AB4C44", "13900000104");
        var audit = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT * FROM Audit_EntityChanges";
            await using var reader = await command.ExecuteReaderAsync();
            var text = new System.Text.StringBuilder();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? string.Empty : reader.GetValue(i).ToString()).Append('|');
                }
            }

            return text.ToString();
        });
        audit.ShouldContain("91110101MA01AB4C44");
        audit.ShouldNotContain("13900000104");
        audit.ShouldNotContain("11010519491231002X");
    }

    [Fact]
    public async Task Every_field_is_checked_with_the_manuals_messages_and_nothing_is_created_or_consumed()
    {
        using var client = await VerifiedLicenceAsync(factory, "91110108MA01AB3C3G");
        (await SendCodeAsync(client, "13900000103")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var code = await factory.LatestCodeAsync("13900000103");

        async Task<string> NextWith(params (string Field, string Value)[] changes)
        {
            var fields = Details("13900000103", code);
            foreach (var (field, value) in changes)
            {
                fields["Input." + field] = value;
            }

            var response = await NextAsync(client, fields);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync();
        }

        FieldError(await NextWith(("IdNumber", "110105194912310021")), "IdNumber").ShouldBe("身份证号码校验位不正确，请核对后重新输入。");
        FieldError(await NextWith(("IdNumber", "11010519491231002")), "IdNumber").ShouldBe("身份证号码应为18位。");
        FieldError(await NextWith(("RealName", "")), "RealName").ShouldBe("请输入姓名。");
        FieldError(await NextWith(("Phone", "1390000010")), "Phone").ShouldBe("请输入正确的11位手机号码。");
        FieldError(await NextWith(("Password", "aa@123456"), ("ConfirmPassword", "aa@123456")), "Password").ShouldContain("密码须包含大写字母。");
        FieldError(await NextWith(("Password", "Aa1234567"), ("ConfirmPassword", "Aa1234567")), "Password").ShouldContain("特殊字符");
        FieldError(await NextWith(("Password", "Aa@1234567890abcd"), ("ConfirmPassword", "Aa@1234567890abcd")), "Password").ShouldContain("8-16位");
        FieldError(await NextWith(("ConfirmPassword", "Aa@1234567")), "ConfirmPassword").ShouldBe("两次输入的密码不一致。");
        FieldError(await NextWith(("AgreedToTerms", "false")), "AgreedToTerms").ShouldBe("请阅读并同意《平台服务协议》。");
        FieldError(await NextWith(("Code", "")), "Code").ShouldBe("请输入短信验证码。");

        (await AccountAsync("91110108MA01AB3C3G")).ShouldBeNull();
        // The code survived every refusal above, so the corrected form goes through with it.
        var next = await NextAsync(client, Details("13900000103", code));
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect, PlatformClient.ValidationSummary(await next.Content.ReadAsStringAsync()));
        (await AccountAsync("91110108MA01AB3C3G")).ShouldBeNull("the account is created only with the commitment");
    }

    [Fact]
    public async Task A_wrong_code_says_how_many_tries_are_left()
    {
        using var client = await VerifiedLicenceAsync(factory, "91110302MA01AB5C5M");
        await SendCodeAsync(client, "13900000105");
        var code = await factory.LatestCodeAsync("13900000105");
        var wrong = code == "000000" ? "111111" : "000000";
        var html = await (await NextAsync(client, Details("13900000105", wrong))).Content.ReadAsStringAsync();
        FieldError(html, "Code").ShouldBe("验证码错误，还可尝试4次。");
    }

    [Fact]
    public async Task A_phone_that_registered_another_entity_is_told_so_only_after_its_code_was_checked()
    {
        using var client = await VerifiedLicenceAsync(factory, "91110108MA01AB3C3G");
        // The demo operator 演示企业2 registered with this phone: 获取验证码 answers as for any phone (no hint to a stranger).
        var html = System.Net.WebUtility.HtmlDecode(await (await SendCodeAsync(client, "13800000002")).Content.ReadAsStringAsync());
        html.ShouldContain("验证码已发送至138****0002，5分钟内有效。");
        html.ShouldNotContain("已注册其他经营者");

        var wrongCode = System.Net.WebUtility.HtmlDecode(await (await NextAsync(client, Details("13800000002", "000000"))).Content.ReadAsStringAsync());
        wrongCode.ShouldNotContain("已注册其他经营者");

        // Who holds the phone (and so the code) learns it is taken.
        var next = await NextAsync(client, Details("13800000002", await factory.LatestCodeAsync("13800000002")));
        FieldError(await next.Content.ReadAsStringAsync(), "Phone").ShouldBe("该手机号已注册其他经营者，一个手机号只能注册一个主体（统一社会信用代码）。");
        (await AccountAsync("91110108MA01AB3C3G")).ShouldBeNull();
    }

    [Fact]
    public async Task The_steps_cannot_be_reached_without_a_verified_licence()
    {
        using var stranger = factory.AnonymousClient();
        (await stranger.GetAsync("/Onboarding/Administrator")).Headers.Location!.OriginalString.ShouldContain("/Onboarding/Register");
        (await stranger.GetAsync("/Onboarding/Commitment")).Headers.Location!.OriginalString.ShouldContain("/Onboarding/Register");
        (await stranger.GetAsync("/Onboarding/Done")).Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task An_entity_with_an_account_is_sent_back_to_the_licence_page_instead_of_registering_again()
    {
        using var client = await VerifiedLicenceAsync(factory, "91110107MA01AB2C3C");
        var response = await client.GetAsync("/Onboarding/Administrator");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Onboarding/Licence");
    }
}

/// <summary>Own host (moves the clock): the ticket between 下一步 and 完成, through the contract.</summary>
public sealed class RegistrationTicketTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<string> TicketAsync(string uscc, string name, string district, string phone)
    {
        await factory.InScopeAsync(sp => sp.GetRequiredService<IOperatorRegistration>().SendCodeAsync(phone));
        var code = await factory.LatestCodeAsync(phone);
        var step = await factory.InScopeAsync(sp => sp.GetRequiredService<IOperatorRegistration>().PrepareAsync(new AdministratorApplication(
            uscc, name, TenantSeeder.IdFor(district), "测试管理员", "11010519491231002X", phone, code, Password, Password, true)));
        step.Succeeded.ShouldBeTrue(string.Join("；", step.FieldErrors.Values));
        return step.Ticket!;
    }

    private Task<RegistrationStep> CompleteAsync(string ticket) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IOperatorRegistration>().CompleteAsync(ticket));

    private Task<int> AccountsAsync(string uscc) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<UserManager<PlatformUser>>().Users.CountAsync(u => u.UserName == uscc);
    });

    [Fact]
    public async Task Completing_twice_with_the_same_ticket_makes_one_account()
    {
        var ticket = await TicketAsync("91110105MA01AB1C1K", "演示企业1", "110105", "13900000201");
        (await CompleteAsync(ticket)).Succeeded.ShouldBeTrue();
        (await CompleteAsync(ticket)).Succeeded.ShouldBeTrue();
        (await AccountsAsync("91110105MA01AB1C1K")).ShouldBe(1);
    }

    [Fact]
    public async Task A_ticket_older_than_thirty_minutes_or_forged_creates_nothing()
    {
        var ticket = await TicketAsync("91110101MA01AB4C44", "演示企业4", "110101", "13900000203");
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var late = await CompleteAsync(ticket);
        late.Succeeded.ShouldBeFalse();
        late.Message.ShouldBe("注册信息已失效（超过30分钟未完成），请重新进行管理员实名注册。");
        (await CompleteAsync("forged")).Succeeded.ShouldBeFalse();
        (await AccountsAsync("91110101MA01AB4C44")).ShouldBe(0);
    }

    [Fact]
    public async Task A_code_that_was_never_sent_is_refused()
    {
        var step = await factory.InScopeAsync(sp => sp.GetRequiredService<IOperatorRegistration>().PrepareAsync(new AdministratorApplication(
            "91110108MA01AB3C3G", "演示企业3", TenantSeeder.IdFor("110108"), "测试管理员", "11010519491231002X", "13900000202", "000000", Password, Password, true)));
        step.Succeeded.ShouldBeFalse();
        step.FieldErrors["Code"].ShouldBe("请先获取验证码。");
    }
}
