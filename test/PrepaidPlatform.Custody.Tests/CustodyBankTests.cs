namespace PrepaidPlatform.Custody.Tests;

/// <summary>开户银行 (备案登记 · 7. 专用存管账户): commercial banks in the city, offered and checked by the filing form.</summary>
public sealed class CustodyBankTests
{
    [Fact]
    public void Banks_include_the_big_four_and_the_city_banks()
    {
        CustodyBanks.All.Select(b => b.Code).ShouldBeUnique();
        foreach (var name in new[] { "中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "北京银行", "北京农村商业银行" })
        {
            CustodyBanks.All.ShouldContain(b => b.Name == name);
        }
    }
}
