namespace PrepaidPlatform.CreditRisk.Domain;

/// <summary>The four classes of public information (上海方案 §三(一)).</summary>
internal enum CreditClass
{
    Basic = 1,
    Tax = 2,
    Negative = 3,
    Complaint = 4,
}

/// <summary>How a record came in.</summary>
internal enum CreditChannel
{
    Api = 1,
    Import = 2,
    Manual = 3,
}

/// <summary>The classes' Chinese names and the record types each admits (issue 17 · 1), in one place.</summary>
internal static class CreditClasses
{
    public const string SeriousDishonest = "严重失信主体";
    public const string JudgmentDefaulter = "失信被执行人";
    public const string AbnormalOperation = "经营异常名录";
    public const string EquityFrozen = "股权冻结";
    public const string AdministrativePenalty = "行政处罚";
    public const string Deregistering = CreditRecordTypes.Deregistering;
    public const string PrepaidComplaint = "12345预付卡投诉";

    public static readonly IReadOnlyDictionary<CreditClass, string> Names = new Dictionary<CreditClass, string>
    {
        [CreditClass.Basic] = "基本信息",
        [CreditClass.Tax] = "税费",
        [CreditClass.Negative] = "负面",
        [CreditClass.Complaint] = "投诉",
    };

    public static readonly IReadOnlyDictionary<CreditClass, IReadOnlyList<string>> Types = new Dictionary<CreditClass, IReadOnlyList<string>>
    {
        [CreditClass.Basic] = ["营业执照", "股东出资", "行政许可", Deregistering],
        // 欠缴房租 and 拖欠工资 are not taxes, but the data centre sends them with the other arrears (欠费); the closure-risk
        // early warning (issue 18 · 3) reads them all as one signal.
        [CreditClass.Tax] =
        [
            "欠缴税款", "欠缴住房公积金", CreditRecordTypes.WaterArrears, CreditRecordTypes.PowerArrears, CreditRecordTypes.GasArrears,
            CreditRecordTypes.RentArrears, CreditRecordTypes.WageArrears,
        ],
        [CreditClass.Negative] = [JudgmentDefaulter, AbnormalOperation, SeriousDishonest, EquityFrozen, AdministrativePenalty],
        [CreditClass.Complaint] = [PrepaidComplaint],
    };

    /// <summary>条例 Art. 11: an operator with one of these in force may not issue prepaid cards.</summary>
    public static readonly IReadOnlyList<string> BarringTypes = [JudgmentDefaulter, AbnormalOperation, Deregistering];

    public static CreditClass? ByName(string? name) =>
        Names.FirstOrDefault(n => n.Value == name?.Trim()).Key is var c && c != 0 ? c : null;

    public static string NameOf(CreditClass c) => Names[c];
}
