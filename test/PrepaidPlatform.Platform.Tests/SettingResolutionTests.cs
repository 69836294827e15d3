using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Platform.Tests.SettingsTestExtensions;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>A host whose configuration file sets two settings, so that each level of the resolution order shows.</summary>
public sealed class ConfiguredPlatformFactory : PlatformFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Settings:" + RuleSettings.CustodyPercent] = "45",
        ["Settings:" + PlatformSettings.BureauPhone] = "010-11111111",
    };
}

/// <summary>default → configuration → city → district (only where districts may override), and the checks on every write.</summary>
public sealed class SettingResolutionTests(ConfiguredPlatformFactory factory) : IClassFixture<ConfiguredPlatformFactory>
{
    private Task<T> Manager<T>(Func<SettingManager, Task<T>> work, string? districtCode = null) =>
        factory.AsAsync(districtCode, sp => work(sp.GetRequiredService<SettingManager>()));

    [Fact]
    public async Task A_setting_nobody_changed_has_its_default()
    {
        var resolved = await factory.ResolvedAsync(RuleSettings.ReportingDeadlineWorkingDays);
        resolved.Value.ShouldBe("20");
        resolved.Source.ShouldBe(SettingSource.Default);
    }

    [Fact]
    public async Task The_configuration_file_overrides_the_default_and_the_city_value_overrides_the_configuration()
    {
        var configured = await factory.ResolvedAsync(RuleSettings.CustodyPercent);
        (configured.Value, configured.Source).ShouldBe(("45", SettingSource.Configuration));
        (await factory.InScopeAsync(sp => sp.GetRequiredService<IRuleProfile>().GetAsync())).CustodyRatio.ShouldBe(0.45m);

        (await Manager(m => m.SetForCityAsync(RuleSettings.CustodyPercent, "50"))).Succeeded.ShouldBeTrue();
        var city = await factory.ResolvedAsync(RuleSettings.CustodyPercent);
        (city.Value, city.Source).ShouldBe(("50", SettingSource.City));
        (await factory.InScopeAsync(sp => sp.GetRequiredService<ISettingProvider>().GetDecimalAsync(RuleSettings.CustodyPercent))).ShouldBe(50m);

        (await Manager(m => m.ResetForCityAsync(RuleSettings.CustodyPercent))).Succeeded.ShouldBeTrue();
        (await factory.ResolvedAsync(RuleSettings.CustodyPercent)).Source.ShouldBe(SettingSource.Configuration);
    }

    [Fact]
    public async Task A_district_value_applies_to_that_district_only_and_the_city_value_to_the_others()
    {
        (await Manager(m => m.SetForCityAsync(PlatformSettings.BureauPhone, "010-22222222"))).Succeeded.ShouldBeTrue();
        (await Manager(m => m.SetForDistrictAsync(PlatformSettings.BureauPhone, "010-82000000"), Haidian)).Succeeded.ShouldBeTrue();

        (await factory.SettingAsync(PlatformSettings.BureauPhone, Haidian)).ShouldBe("010-82000000");
        (await factory.SettingAsync(PlatformSettings.BureauPhone, Chaoyang)).ShouldBe("010-22222222");
        (await factory.SettingAsync(PlatformSettings.BureauPhone)).ShouldBe("010-22222222");

        (await Manager(m => m.ResetForDistrictAsync(PlatformSettings.BureauPhone), Haidian)).Succeeded.ShouldBeTrue();
        (await factory.SettingAsync(PlatformSettings.BureauPhone, Haidian)).ShouldBe("010-22222222");
    }

    [Fact]
    public async Task A_district_value_of_a_city_only_setting_is_ignored_and_cannot_be_written()
    {
        // A row written behind the manager's back (an old import, a hand edit) must not change a city-wide rule.
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.Set<SettingValue>().Add(new SettingValue(Guid.NewGuid(), RuleSettings.ReviewWorkingDays, SettingValue.DistrictProvider, District(Haidian).ToString(), "9"));
            await db.SaveChangesAsync();
        });
        (await factory.SettingAsync(RuleSettings.ReviewWorkingDays, Haidian)).ShouldBe("3");

        var refused = await Manager(m => m.SetForDistrictAsync(RuleSettings.Profile, nameof(RuleProfileKind.Shanghai)), Haidian);
        refused.Error.ShouldBe("“适用规则”由市商务委统一设置，各区不能修改。");
        (await factory.SettingAsync(RuleSettings.Profile, Haidian)).ShouldBe(nameof(RuleProfileKind.Beijing));
    }

    [Fact]
    public async Task Writing_a_district_value_without_a_district_is_refused()
    {
        (await Manager(m => m.SetForDistrictAsync(PlatformSettings.BureauPhone, "010-1234567"))).Error.ShouldBe("当前账号不属于任何区，不能修改本区设置。");
    }

    [Theory]
    [InlineData(RuleSettings.FilingThresholdFen, "abc", "“备案金额门槛（分）”须为整数")]
    [InlineData(RuleSettings.FilingThresholdFen, "500000.5", "“备案金额门槛（分）”须为整数")]
    [InlineData(RuleSettings.FilingThresholdFen, "-1", "“备案金额门槛（分）”不能小于 0")]
    [InlineData(RuleSettings.ShanghaiCustodyPercent, "四十", "“上海：存管比例（%）”须为数字")]
    [InlineData(RuleSettings.ShanghaiCustodyPercent, "120", "“上海：存管比例（%）”不能大于 100")]
    [InlineData(RuleSettings.ReviewWorkingDays, "0", "“区级审核时限（工作日）”不能小于 1")]
    [InlineData(RuleSettings.ReviewWorkingDays, " ", "请填写“区级审核时限（工作日）”")]
    [InlineData(PlatformSettings.DistrictTwoFactorRequired, "yes", "“区级用户须使用双因素登录”须选择“是”或“否”")]
    [InlineData(RuleSettings.Profile, "Guangzhou", "“适用规则”须为以下之一：北京、上海")]
    public async Task A_value_of_the_wrong_type_or_out_of_range_is_refused_in_Chinese_and_not_stored(string name, string input, string message)
    {
        var before = await factory.SettingAsync(name);
        var result = await Manager(m => m.SetForCityAsync(name, input));
        result.Succeeded.ShouldBeFalse();
        result.Error!.ShouldStartWith(message);
        (await factory.SettingAsync(name)).ShouldBe(before);
    }

    [Fact]
    public async Task Values_are_stored_in_one_invariant_form_and_the_rule_profile_reads_them_typed()
    {
        (await Manager(m => m.SetForCityAsync(RuleSettings.ShanghaiSpecialStandardRevenuePercent, " 12.5 "))).Succeeded.ShouldBeTrue();
        (await Manager(m => m.SetForCityAsync(RuleSettings.ShanghaiSpecialStandardCapFen, "6000000000"))).Succeeded.ShouldBeTrue();
        (await Manager(m => m.SetForCityAsync(PlatformSettings.DistrictTwoFactorRequired, "True"))).Succeeded.ShouldBeTrue();

        (await factory.SettingAsync(RuleSettings.ShanghaiSpecialStandardRevenuePercent)).ShouldBe("12.5");
        (await factory.SettingAsync(PlatformSettings.DistrictTwoFactorRequired)).ShouldBe("true");
        var rules = await factory.InScopeAsync(sp => sp.GetRequiredService<IRuleProfile>().GetAsync());
        rules.ShanghaiSpecialStandardRevenueRatio.ShouldBe(0.125m);
        rules.ShanghaiSpecialStandardCapFen.ShouldBe(6_000_000_000L);
        (await factory.InScopeAsync(sp => sp.GetRequiredService<ISettingProvider>().GetLongAsync(RuleSettings.ShanghaiSpecialStandardCapFen))).ShouldBe(6_000_000_000L);
    }

    [Fact]
    public async Task Saving_the_city_value_twice_keeps_one_row()
    {
        (await Manager(m => m.SetForCityAsync(RuleSettings.DeregistrationNoticeDays, "31"))).Succeeded.ShouldBeTrue();
        (await Manager(m => m.SetForCityAsync(RuleSettings.DeregistrationNoticeDays, "32"))).Succeeded.ShouldBeTrue();
        var rows = await factory.InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<PlatformDbContext>().Set<SettingValue>()
            .Count(v => v.Name == RuleSettings.DeregistrationNoticeDays)));
        rows.ShouldBe(1);
        (await factory.SettingAsync(RuleSettings.DeregistrationNoticeDays)).ShouldBe("32");
    }
}
