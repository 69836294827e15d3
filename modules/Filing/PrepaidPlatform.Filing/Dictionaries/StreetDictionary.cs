namespace PrepaidPlatform.Filing.Dictionaries;

/// <summary>A 街道 / 乡镇 of a district. The code is the district's code + a 3-digit sequence of this list.</summary>
internal sealed record Street(string DistrictCode, string Code, string Name);

/// <summary>
/// 所在区域 (备案登记 · 基本信息): district (from the platform's tenant directory) and street.
/// Coverage, honestly: 东城区, 西城区 and 石景山区 list every 街道 (17, 15 and 9, as the districts published them);
/// every other district has a representative set of its 街道 and 镇/地区, enough to file but not complete — the
/// rest are added here (or in a city-maintained table that replaces this class) before a district goes live.
/// The 3-digit suffixes are this platform's sequence, not the statistical division codes (GB/T 10114), which
/// were not verified. Static data for the reason given on <see cref="IndustryDictionary"/>.
/// </summary>
internal static class StreetDictionary
{
    private static readonly (string District, string[] Names)[] Lists =
    [
        ("110101", ["东华门街道", "景山街道", "交道口街道", "安定门街道", "北新桥街道", "东四街道", "朝阳门街道", "建国门街道", "东直门街道",
            "和平里街道", "前门街道", "崇文门外街道", "东花市街道", "龙潭街道", "体育馆路街道", "天坛街道", "永定门外街道"]),
        ("110102", ["西长安街街道", "新街口街道", "月坛街道", "展览路街道", "德胜街道", "金融街街道", "什刹海街道", "大栅栏街道", "天桥街道",
            "椿树街道", "陶然亭街道", "广安门内街道", "牛街街道", "白纸坊街道", "广安门外街道"]),
        ("110105", ["建外街道", "朝外街道", "呼家楼街道", "三里屯街道", "左家庄街道", "麦子店街道", "团结湖街道", "望京街道", "酒仙桥街道",
            "亚运村街道", "奥运村街道", "潘家园街道", "双井街道", "劲松街道"]),
        ("110106", ["右安门街道", "太平桥街道", "西罗园街道", "大红门街道", "丰台街道", "新村街道", "卢沟桥街道", "马家堡街道", "方庄街道", "花乡地区"]),
        ("110107", ["八宝山街道", "老山街道", "八角街道", "古城街道", "苹果园街道", "金顶街街道", "广宁街道", "五里坨街道", "鲁谷街道"]),
        ("110108", ["万寿路街道", "羊坊店街道", "甘家口街道", "八里庄街道", "紫竹院街道", "北下关街道", "北太平庄街道", "学院路街道", "中关村街道",
            "海淀街道", "青龙桥街道", "清华园街道", "燕园街道", "香山街道", "清河街道", "花园路街道", "西三旗街道", "马连洼街道", "田村路街道", "上地街道"]),
        ("110109", ["大峪街道", "城子街道", "东辛房街道", "大台街道", "永定镇", "龙泉镇"]),
        ("110111", ["城关街道", "新镇街道", "向阳街道", "东风街道", "迎风街道", "星城街道", "拱辰街道", "西潞街道", "长阳镇", "窦店镇"]),
        ("110112", ["中仓街道", "新华街道", "北苑街道", "玉桥街道", "永顺镇", "梨园镇", "宋庄镇", "台湖镇"]),
        ("110113", ["胜利街道", "光明街道", "石园街道", "空港街道", "双丰街道", "旺泉街道", "后沙峪镇", "天竺镇"]),
        ("110114", ["城北街道", "城南街道", "回龙观街道", "龙泽园街道", "史各庄街道", "天通苑北街道", "天通苑南街道", "霍营街道", "北七家镇", "南口镇"]),
        ("110115", ["兴丰街道", "林校路街道", "清源街道", "观音寺街道", "天宫院街道", "黄村镇", "旧宫镇", "西红门镇"]),
        ("110116", ["泉河街道", "龙山街道", "怀柔镇", "雁栖镇", "杨宋镇"]),
        ("110117", ["滨河街道", "兴谷街道", "平谷镇", "金海湖镇", "马坊镇"]),
        ("110118", ["鼓楼街道", "果园街道", "密云镇", "溪翁庄镇", "十里堡镇"]),
        ("110119", ["百泉街道", "香水园街道", "儒林街道", "延庆镇", "康庄镇", "八达岭镇"]),
        ("110400", ["荣华街道", "博兴街道", "亦庄镇"]),
    ];

    public static readonly IReadOnlyList<Street> All = Lists
        .SelectMany(l => l.Names.Select((name, i) => new Street(l.District, l.District + (i + 1).ToString("000", System.Globalization.CultureInfo.InvariantCulture), name)))
        .ToList();

    public static IEnumerable<Street> Of(string districtCode) => All.Where(s => s.DistrictCode == districtCode);

    public static Street? Find(string? code) => All.FirstOrDefault(s => s.Code == code);
}
