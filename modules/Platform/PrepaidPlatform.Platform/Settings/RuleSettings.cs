using PrepaidPlatform.Platform.Rules;

namespace PrepaidPlatform.Platform.Settings;

/// <summary>
/// The rule profile as settings (REFERENCE.md "Rule profiles"): which city's regulation applies, and every figure of
/// both profiles as a setting of its own, so that a deployment changes a figure without a release. Money is in 分,
/// shares are percentages on the page (fractions in <see cref="RuleFigures"/>). The rules are city-wide: no district override.
/// </summary>
internal static class RuleSettings
{
    public const string Group = "规则配置";
    private const string Prefix = "Rules.";

    public const string Profile = Prefix + "Profile";
    public const string FilingThresholdFen = Prefix + "FilingThresholdFen";
    public const string CustodyPercent = Prefix + "CustodyPercent";
    public const string ReportingDeadlineWorkingDays = Prefix + "ReportingDeadlineWorkingDays";
    public const string ReviewWorkingDays = Prefix + "ReviewWorkingDays";
    public const string DeregistrationNoticeDays = Prefix + "DeregistrationNoticeDays";
    public const string ShanghaiCustodyThresholdFen = Prefix + "Shanghai.CustodyThresholdFen";
    public const string ShanghaiCustodyPercent = Prefix + "Shanghai.CustodyPercent";
    public const string ShanghaiSpecialStandardRevenuePercent = Prefix + "Shanghai.SpecialStandardRevenuePercent";
    public const string ShanghaiSpecialStandardCapFen = Prefix + "Shanghai.SpecialStandardCapFen";
    public const string ShanghaiSpecialStandardCustodyPercent = Prefix + "Shanghai.SpecialStandardCustodyPercent";
    public const string ShanghaiYoungOperatorMonths = Prefix + "Shanghai.YoungOperatorMonths";
    public const string ShanghaiYoungOperatorCustodyPercent = Prefix + "Shanghai.YoungOperatorCustodyPercent";
    public const string ShanghaiSeriousDishonestCustodyPercent = Prefix + "Shanghai.SeriousDishonestCustodyPercent";
    public const string ShanghaiQuarterlyReportDay = Prefix + "Shanghai.QuarterlyReportDay";
    public const string ShanghaiConnectionMarkWorkingDays = Prefix + "Shanghai.ConnectionMarkWorkingDays";
    public const string FeedDivergencePercent = Prefix + "FeedDivergencePercent";

    internal static void Define(ISettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(Profile, nameof(RuleProfileKind.Beijing), "适用规则", Group, SettingValueType.Choice,
            Description: "本平台按哪个城市的规定执行：北京（《北京市单用途预付卡管理条例》2022、实施办法 京商秩字〔2023〕18号）或上海（《上海市单用途预付消费卡管理规定》2019 及实施办法）。",
            Choices: [nameof(RuleProfileKind.Beijing), nameof(RuleProfileKind.Shanghai)],
            ChoiceLabels: new Dictionary<string, string> { [nameof(RuleProfileKind.Beijing)] = "北京", [nameof(RuleProfileKind.Shanghai)] = "上海" }));

        // 北京条例 (SPEC F9): filing is mandatory at a prepaid balance of 50 万元 or more.
        Money(context, FilingThresholdFen, 50_000_000, "备案金额门槛（分）", "北京：预收资金余额达到该金额（含）的经营者须备案，低于该金额自愿备案。默认 50 万元。");
        // 北京实施办法: custody of at least 40% of the previous quarter-end balance.
        Percent(context, CustodyPercent, 40, "存管比例（%）", "北京：存管资金不低于上一季度末预收资金余额的该比例。默认 40%。");
        // 数据填报 · 提示(1): report within 20 working days after each quarter (also the MOFCOM 2012 measure).
        Count(context, ReportingDeadlineWorkingDays, 20, "季度填报期限（工作日）", "北京：备案经营者应于每季度结束后该数量的工作日内完成数据填报。默认 20 个工作日。");
        // 操作手册: 备案审核预计需要3个工作日; 数据填报 · 提示(2) and 注销备案: districts act within 3 working days.
        Count(context, ReviewWorkingDays, 3, "区级审核时限（工作日）", "区商务部门审核备案、变更、注销及核对填报数据的时限。默认 3 个工作日。");
        // REFERENCE.md "termination": a public notice of at least 30 days before 注销.
        Count(context, DeregistrationNoticeDays, 30, "注销前公示天数", "经营者申请注销备案前须公示的最少天数（自然日）。默认 30 天。");

        // 上海规定 custody tiers (REFERENCE.md "Rule profiles", SPEC C3).
        Money(context, ShanghaiCustodyThresholdFen, 20_000_000, "上海：存管起点余额（分）", "上海：预收资金余额超过该金额的，按下方比例存管全部余额。默认 20 万元。");
        Percent(context, ShanghaiCustodyPercent, 40, "上海：存管比例（%）", "上海：余额超过存管起点时的存管比例。默认 40%。");
        Percent(context, ShanghaiSpecialStandardRevenuePercent, 20, "上海：特别标准占上年主营业务收入比例（%）", "上海：特别标准 = min(该比例 × 上一年度主营业务收入, 特别标准上限)。默认 20%。");
        Money(context, ShanghaiSpecialStandardCapFen, 5_000_000_000, "上海：特别标准上限（分）", "上海：特别标准最高不超过该金额。默认 5000 万元。");
        Percent(context, ShanghaiSpecialStandardCustodyPercent, 100, "上海：超过特别标准的存管比例（%）", "上海：余额超过特别标准的，按该比例存管。默认 100%。");
        Count(context, ShanghaiYoungOperatorMonths, 12, "上海：新设经营者认定月数", "上海：成立不满该月数的经营者，余额超过存管起点时按下方比例存管。默认 12 个月（一年）。");
        Percent(context, ShanghaiYoungOperatorCustodyPercent, 100, "上海：成立不满一年经营者的存管比例（%）", "上海：成立不满一年且余额超过存管起点的经营者的存管比例。默认 100%。");
        Percent(context, ShanghaiSeriousDishonestCustodyPercent, 100, "上海：严重失信主体的存管比例（%）",
            "上海：被列为严重失信主体（规定第二十五条）的经营者的存管比例。默认 100%。未经证实：公开资料未明确该比例是否同样以余额超过存管起点为前提，平台按不论余额多少均适用执行。");
        // 上海规定 Art. 12: quarterly figures by the 25th of the quarter's first month.
        Count(context, ShanghaiQuarterlyReportDay, 25, "上海：季度报送截止日（次季度首月几号）", "上海（规定第十二条）：每季度结束后，于下一季度首月该日前报送。默认 25 日。", maximum: 28);
        // Issue 13 · 6: a quarterly report that differs from the card system's quarter-end figures by more is flagged.
        Percent(context, FeedDivergencePercent, 5, "填报与发卡系统数据差异阈值（%）",
            "季度填报的预收资金、预收资金余额或余额卡总数与已对接发卡系统季度末数据相差超过该比例的，标记为数据差异，供区商务部门核对。默认 5%。");
        Count(context, ShanghaiConnectionMarkWorkingDays, 5, "上海：对接标识发放时限（工作日）", "上海：发卡系统完成信息对接后，在该数量的工作日内发放对接标识。默认 5 个工作日。");
    }

    private static void Money(ISettingDefinitionContext context, string name, long defaultFen, string displayName, string description) =>
        context.Add(new SettingDefinition(name, defaultFen.ToString(System.Globalization.CultureInfo.InvariantCulture), displayName, Group, SettingValueType.WholeNumber,
            Description: description + "以分为单位（1 万元 = 1000000 分）。", Minimum: 0));

    private static void Percent(ISettingDefinitionContext context, string name, int defaultPercent, string displayName, string description) =>
        context.Add(new SettingDefinition(name, defaultPercent.ToString(System.Globalization.CultureInfo.InvariantCulture), displayName, Group, SettingValueType.DecimalNumber,
            Description: description, Minimum: 0, Maximum: 100));

    private static void Count(ISettingDefinitionContext context, string name, int defaultValue, string displayName, string description, int? maximum = null) =>
        context.Add(new SettingDefinition(name, defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture), displayName, Group, SettingValueType.WholeNumber,
            Description: description, Minimum: 1, Maximum: maximum ?? 366));
}
