namespace PrepaidPlatform.Filing.Dictionaries;

/// <summary>One class (小类) of GB/T 4754-2017 with the section (门类), division (大类) and group (中类) it belongs to.</summary>
internal sealed record IndustryClass(
    string SectionCode, string SectionName,
    string DivisionCode, string DivisionName,
    string GroupCode, string GroupName,
    string Code, string Name)
{
    /// <summary>The manual's display form, division – class: <c>餐饮业-正餐服务</c> (备案回执 · 所属行业).</summary>
    public string DisplayName => $"{DivisionName}-{Name}";
}

/// <summary>
/// 所属行业 (备案登记 · 基本信息): the GB/T 4754-2017 classes whose businesses sell single-purpose prepaid cards
/// (REFERENCE.md "Industries" plus hotels, cinemas, fuel, car repair and pet care, which commerce bureaus also file).
/// Static data rather than a table: the classification changes only with a new edition of the national standard,
/// which is a release anyway, and a static list needs no migration and cannot drift between SQLite and MariaDB.
/// A filing stores the 4-digit class code, so a later table-backed dictionary keeps every stored value.
/// </summary>
internal static class IndustryDictionary
{
    private static readonly (string Section, string SectionName, string Division, string DivisionName, string Group, string GroupName, (string Code, string Name)[] Classes)[] Tree =
    [
        ("F", "批发和零售业", "52", "零售业", "521", "综合零售", [("5211", "百货零售"), ("5212", "超级市场零售"), ("5213", "便利店零售"), ("5219", "其他综合零售")]),
        ("F", "批发和零售业", "52", "零售业", "522", "食品、饮料及烟草制品专门零售",
            [("5222", "糕点、面包零售"), ("5223", "果品、蔬菜零售"), ("5224", "肉、禽、蛋、奶及水产品零售"), ("5225", "营养和保健品零售"), ("5226", "酒、饮料及茶叶零售"), ("5229", "其他食品零售")]),
        ("F", "批发和零售业", "52", "零售业", "523", "纺织、服装及日用品专门零售",
            [("5232", "服装零售"), ("5233", "鞋帽零售"), ("5234", "化妆品及卫生用品零售"), ("5236", "钟表、眼镜零售"), ("5239", "其他日用品零售")]),
        ("F", "批发和零售业", "52", "零售业", "524", "文化、体育用品及器材专门零售", [("5241", "文具用品零售"), ("5242", "体育用品及器材零售"), ("5243", "图书、报刊零售")]),
        ("F", "批发和零售业", "52", "零售业", "526", "汽车、摩托车、零配件和燃料及其他动力销售", [("5265", "机动车燃油零售")]),
        ("H", "住宿和餐饮业", "61", "住宿业", "611", "旅游饭店", [("6110", "旅游饭店")]),
        ("H", "住宿和餐饮业", "61", "住宿业", "612", "一般旅馆", [("6121", "经济型连锁酒店"), ("6129", "其他一般旅馆")]),
        ("H", "住宿和餐饮业", "62", "餐饮业", "621", "正餐服务", [("6210", "正餐服务")]),
        ("H", "住宿和餐饮业", "62", "餐饮业", "622", "快餐服务", [("6220", "快餐服务")]),
        ("H", "住宿和餐饮业", "62", "餐饮业", "623", "饮料及冷饮服务", [("6231", "茶馆服务"), ("6232", "咖啡馆服务"), ("6233", "酒吧服务"), ("6239", "其他饮料及冷饮服务")]),
        ("H", "住宿和餐饮业", "62", "餐饮业", "624", "餐饮配送及外卖送餐服务", [("6241", "餐饮配送服务"), ("6242", "外卖送餐服务")]),
        ("H", "住宿和餐饮业", "62", "餐饮业", "629", "其他餐饮业", [("6291", "小吃服务"), ("6299", "其他未列明餐饮业")]),
        ("O", "居民服务、修理和其他服务业", "80", "居民服务业", "801", "家庭服务", [("8010", "家庭服务")]),
        ("O", "居民服务、修理和其他服务业", "80", "居民服务业", "802", "托儿所服务", [("8020", "托儿所服务")]),
        ("O", "居民服务、修理和其他服务业", "80", "居民服务业", "803", "洗染服务", [("8030", "洗染服务")]),
        ("O", "居民服务、修理和其他服务业", "80", "居民服务业", "804", "理发及美容服务", [("8040", "理发及美容服务")]),
        ("O", "居民服务、修理和其他服务业", "80", "居民服务业", "805", "洗浴和保健养生服务", [("8051", "洗浴服务"), ("8052", "足浴服务"), ("8053", "养生保健服务")]),
        ("O", "居民服务、修理和其他服务业", "80", "居民服务业", "806", "摄影扩印服务", [("8060", "摄影扩印服务")]),
        ("O", "居民服务、修理和其他服务业", "80", "居民服务业", "807", "婚姻服务", [("8070", "婚姻服务")]),
        ("O", "居民服务、修理和其他服务业", "80", "居民服务业", "809", "其他居民服务业", [("8090", "其他居民服务业")]),
        ("O", "居民服务、修理和其他服务业", "81", "机动车、电子产品和日用产品修理业", "811", "汽车、摩托车等修理与维护", [("8111", "汽车修理与维护"), ("8113", "摩托车修理与维护")]),
        ("O", "居民服务、修理和其他服务业", "82", "其他服务业", "822", "宠物服务", [("8222", "宠物医院服务"), ("8223", "宠物美容服务"), ("8224", "宠物寄托收养服务")]),
        ("P", "教育", "83", "教育", "839", "技能培训、教育辅助及其他教育",
            [("8391", "职业技能培训"), ("8392", "体校及体育培训"), ("8393", "文化艺术培训"), ("8394", "教育辅助服务"), ("8399", "其他未列明教育")]),
        ("R", "文化、体育和娱乐业", "87", "广播、电视、电影和录音制作业", "876", "电影放映", [("8760", "电影放映")]),
        ("R", "文化、体育和娱乐业", "89", "体育", "892", "体育场地设施管理", [("8921", "体育场馆管理"), ("8929", "其他体育场地设施管理")]),
        ("R", "文化、体育和娱乐业", "89", "体育", "893", "健身休闲活动", [("8930", "健身休闲活动")]),
        ("R", "文化、体育和娱乐业", "90", "娱乐业", "901", "室内娱乐活动", [("9011", "歌舞厅娱乐活动"), ("9012", "电子游艺厅娱乐活动"), ("9013", "网吧活动"), ("9019", "其他室内娱乐活动")]),
        ("R", "文化、体育和娱乐业", "90", "娱乐业", "902", "游乐园", [("9020", "游乐园")]),
        ("R", "文化、体育和娱乐业", "90", "娱乐业", "903", "休闲观光活动", [("9030", "休闲观光活动")]),
    ];

    public static readonly IReadOnlyList<IndustryClass> All = Tree
        .SelectMany(g => g.Classes.Select(c => new IndustryClass(g.Section, g.SectionName, g.Division, g.DivisionName, g.Group, g.GroupName, c.Code, c.Name)))
        .ToList();

    private static readonly Dictionary<string, IndustryClass> ByCode = All.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static IndustryClass? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var found) ? found : null;
}
