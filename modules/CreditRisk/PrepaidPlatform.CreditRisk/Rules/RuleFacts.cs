using PrepaidPlatform.CreditRisk.Domain;

namespace PrepaidPlatform.CreditRisk.Rules;

/// <summary>
/// The named facts a rule may compare (issue 17 · 2). Record facts count the operator's records in force of a type (or
/// class); 90天投诉 counts complaints dated in the last 90 days; 存管不足天数 is the days since Custody reported the open
/// shortfall (0 while custody is met); 逾期未报期数 and 退回次数 are Reporting's (<see cref="Platform.Risk.ReportingRiskFact"/>:
/// periods past their deadline unfiled or still returned; returns of the reports of the last four ended quarters).
/// </summary>
internal static class RuleFacts
{
    public const string Arrears = "欠费";
    public const string RecentComplaints = "90天投诉";
    public const string CustodyShortDays = "存管不足天数";
    public const string OverduePeriods = "逾期未报期数";
    public const string ReportReturns = "退回次数";

    /// <summary>合法性灯 (issue 17 · 4): 责令整改 orders still running (黄灯) and gone overdue unrectified (红灯).</summary>
    public const string LegalityYellow = "合法性黄灯";
    public const string LegalityRed = "合法性红灯";
    public const int ComplaintWindowDays = 90;

    /// <summary>Facts that count records of one type.</summary>
    public static readonly IReadOnlyList<string> TypeFacts =
    [
        CreditClasses.SeriousDishonest, CreditClasses.JudgmentDefaulter, CreditClasses.AbnormalOperation, CreditClasses.EquityFrozen,
        CreditClasses.AdministrativePenalty, CreditClasses.Deregistering,
    ];

    public static readonly IReadOnlyList<string> Names = [.. TypeFacts, Arrears, RecentComplaints, CustodyShortDays, OverduePeriods, ReportReturns, LegalityYellow, LegalityRed];

    /// <summary>The record facts a record counts toward on <paramref name="today"/>.</summary>
    public static IEnumerable<string> Of(CreditRecord record, DateOnly today)
    {
        if (record.Class == CreditClass.Complaint)
        {
            if (record.OccurredOn > today.AddDays(-ComplaintWindowDays))
            {
                yield return RecentComplaints;
            }

            yield break;
        }

        if (!record.InForceOn(today))
        {
            yield break;
        }

        if (record.Class == CreditClass.Tax)
        {
            yield return Arrears;
        }
        else if (TypeFacts.Contains(record.Type))
        {
            yield return record.Type;
        }
    }
}
