using PrepaidPlatform.Filing.Dictionaries;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Filing.Uploads;

/// <summary>
/// The dictionary columns 所在区 and 所在街道（乡镇） of the upload templates (提示(3) II: 有数据字典的列字段，请务必使用
/// 字典中的文字内容): the active districts of the tenant directory and their streets from <see cref="StreetDictionary"/>,
/// matched by their exact names as listed in the template's 字典 sheet.
/// </summary>
internal sealed class AddressDictionary
{
    private AddressDictionary(IReadOnlyList<TenantInfo> districts) => Districts = districts;

    public IReadOnlyList<TenantInfo> Districts { get; }

    /// <param name="districts">From <c>ITenantDirectory.ListAsync</c>; inactive districts are left out.</param>
    public static AddressDictionary From(IEnumerable<TenantInfo> districts) => new(districts.Where(d => d.IsActive).ToList());

    public TenantInfo? FindDistrict(string name) => Districts.FirstOrDefault(d => d.Name == name);

    public IReadOnlyList<Street> StreetsOf(TenantInfo district) => StreetDictionary.Of(district.Code).ToList();

    public Street? FindStreet(TenantInfo district, string name) => StreetDictionary.Of(district.Code).FirstOrDefault(s => s.Name == name);

    /// <summary>The district a street name belongs to elsewhere, for a message that says where it was found.</summary>
    public TenantInfo? DistrictOfStreet(string name) =>
        StreetDictionary.All.Where(s => s.Name == name).Select(s => Districts.FirstOrDefault(d => d.Code == s.DistrictCode)).FirstOrDefault(d => d is not null);
}
