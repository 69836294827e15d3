using PrepaidPlatform.Filing.Onboarding;

namespace PrepaidPlatform.Filing.Onboarding;

/// <summary>
/// The sandbox's demo entities (names per the manual's demo data: 演示企业 / 测试). Every USCC passes the GB 32100 check.
/// 演示企业2 is the seeded demo operator, so registering it again shows 账号已经被注册.
/// </summary>
internal static class SandboxEntities
{
    public static readonly IReadOnlyList<BusinessLicence> All =
    [
        new("91110105MA01AB1C1K", "演示企业1", "测试1", "北京市朝阳区演示路1号", "110105", "北京市朝阳区市场监督管理局",
            new DateOnly(2019, 3, 18), 500m, "健身服务；体育运动项目经营（高危险性体育项目除外）", new DateOnly(2019, 3, 18), null, "有限责任公司（自然人投资或控股）"),
        new("91110107MA01AB2C3C", "演示企业2", "测试2", "北京市石景山区苹果园街道演示路2号", "110107", "北京市石景山区市场监督管理局",
            new DateOnly(2020, 5, 5), 1000m, "餐饮服务；食品销售", new DateOnly(2020, 5, 5), new DateOnly(2040, 5, 4), "有限责任公司（自然人投资或控股）"),
        new("91110108MA01AB3C3G", "演示企业3", "测试3", "北京市海淀区演示路3号", "110108", "北京市海淀区市场监督管理局",
            new DateOnly(2021, 9, 1), 200m, "文化艺术培训（不含学科类培训）", new DateOnly(2021, 9, 1), new DateOnly(2041, 8, 31), "有限责任公司（法人独资）"),
        new("91110101MA01AB4C44", "演示企业4", "测试4", "北京市东城区演示胡同4号", "110101", "北京市东城区市场监督管理局",
            new DateOnly(2018, 1, 10), 50m, "理发及美容服务", new DateOnly(2018, 1, 10), null, "有限责任公司（自然人独资）"),
        // Registered in the economic zone: its bureau has no GB/T 2260 code (platform code 110400); the USCC carries
        // 110302 in positions 3–8 (REFERENCE.md: unconfirmed).
        new("91110302MA01AB5C5M", "演示企业5", "测试5", "北京经济技术开发区演示街5号", "110400", "北京经济技术开发区市场监督管理局",
            new DateOnly(2022, 6, 6), 300m, "洗浴服务；养生保健服务（非医疗）", new DateOnly(2022, 6, 6), null, "有限责任公司（自然人投资或控股）"),
    ];

    public static BusinessLicence? Find(string uscc) => All.FirstOrDefault(e => e.Uscc == uscc);
}
