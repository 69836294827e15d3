using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary>
/// 应存管金额 of one operator under the rule profile in force (SPEC C3, REFERENCE.md "Rule profiles"): the basis (the latest
/// accepted quarterly report, else the filing's 预收资金余额), the share the rule asks, the offset of the 履约保证保险
/// policies valid today, and whether the bank's 存管金额 meets it. Policies are read at evaluation time, so an expired
/// one stops offsetting on the day after its end without any job having run.
/// </summary>
internal sealed class CustodyRequirements(PlatformDbContext db, IRuleProfile rules, IClock clock)
{
    public async Task<CustodyRequirementView> EvaluateAsync(CustodyOperator op, CancellationToken cancellationToken)
    {
        var figures = await rules.GetAsync(cancellationToken);
        var today = clock.TodayInShanghai;
        var offset = await PolicyOffsetAsync(op.Uscc, today, cancellationToken);
        return Evaluate(figures, op, offset, today);
    }

    /// <summary>
    /// Many operators at once (a bank's batch of 5,000, the daily check, a page of 存管监测): the rules and the policies
    /// valid today are read once for all of them, not once per operator.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, CustodyRequirementView>> EvaluateAsync(IReadOnlyCollection<CustodyOperator> operators, CancellationToken cancellationToken)
    {
        if (operators.Count == 0)
        {
            return new Dictionary<Guid, CustodyRequirementView>();
        }

        var figures = await rules.GetAsync(cancellationToken);
        var today = clock.TodayInShanghai;
        var usccs = operators.Select(o => o.Uscc).Distinct().ToList();
        var offsets = await db.Set<CustodyPolicy>()
            .Where(p => usccs.Contains(p.InsuredUscc) && p.ValidFrom <= today && p.ValidTo >= today)
            .GroupBy(p => p.InsuredUscc).Select(g => new { Uscc = g.Key, Fen = g.Sum(p => p.InsuredAmountFen) })
            .ToDictionaryAsync(x => x.Uscc, x => x.Fen, cancellationToken);
        return operators.ToDictionary(o => o.Id, o => Evaluate(figures, o, offsets.GetValueOrDefault(o.Uscc), today));
    }

    /// <summary>The 履约保证保险 insured amounts of the operator's policies valid on <paramref name="day"/>, in 分.</summary>
    public async Task<long> PolicyOffsetAsync(string uscc, DateOnly day, CancellationToken cancellationToken) =>
        await db.Set<CustodyPolicy>()
            .Where(p => p.InsuredUscc == uscc && p.ValidFrom <= day && p.ValidTo >= day)
            .SumAsync(p => (long?)p.InsuredAmountFen, cancellationToken) ?? 0;

    /// <summary>The rule itself, without the database: what the page and the monitoring show.</summary>
    public static CustodyRequirementView Evaluate(RuleFigures figures, CustodyOperator op, long policyOffsetFen, DateOnly today)
    {
        var fromReport = op.ReportedBalanceFen is not null;
        var balance = op.ReportedBalanceFen ?? op.FilingBalanceFen ?? 0;
        var basisText = op.ReportedQuarterEnd is { } quarter && fromReport
            ? $"依据：{QuarterName(quarter)}数据填报"
            : "依据：备案信息填报的预收资金余额";
        var basis = new CustodyBasis(balance, op.LastYearMainRevenueFen, op.RegisteredOn, op.ReportedQuarterEnd ?? today, op.SeriousDishonest);
        var ratio = figures.RequiredCustodyRatio(basis);
        var required = figures.RequiredCustodyFen(basis);
        // Insurance offsets the requirement, never below nothing: a larger policy does not create a credit.
        var offset = Math.Min(policyOffsetFen, required);
        var requiredAfterOffset = required - offset;
        var working = $"预收资金余额 {Yuan(balance)} 元 × {Percent(ratio)} = {Yuan(required)} 元，履约保险抵扣 {Yuan(offset)} 元";

        // Without a statement the bank has not yet confirmed the account (待核验): the custody is unknown, so the operator
        // is neither 达标 nor 不足 unless the rule asks nothing at all.
        bool? met = requiredAfterOffset == 0 ? true : op.LatestCustodyFen is { } custody ? custody >= requiredAfterOffset : null;
        var shortfall = met == false ? requiredAfterOffset - op.LatestCustodyFen!.Value : 0;
        return new CustodyRequirementView(
            op.Id, op.OperatorName, figures.Profile, basisText, balance, ratio, required, offset, requiredAfterOffset,
            op.LatestCustodyFen, op.AccountStatus, met, shortfall, working, op.LastYearMainRevenueFen, op.SeriousDishonest);
    }

    /// <summary>2026-09-30 → 2026年第三季度.</summary>
    public static string QuarterName(DateOnly quarterEnd) =>
        $"{quarterEnd.Year}年第{"一二三四"[(quarterEnd.Month - 1) / 3]}季度";

    public static string Yuan(long fen) => (fen / 100m).ToString("N2", CultureInfo.InvariantCulture);

    public static string Yuan(long? fen) => fen is { } f ? Yuan(f) : "—";

    private static string Percent(decimal ratio) => (ratio * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

/// <summary>The requirement section's figures, in 分; <see cref="Met"/> null while the account awaits its first statement.</summary>
internal sealed record CustodyRequirementView(
    Guid OperatorId,
    string OperatorName,
    RuleProfileKind Profile,
    string BasisText,
    long BalanceFen,
    decimal Ratio,
    long RequiredFen,
    long OffsetFen,
    long RequiredAfterOffsetFen,
    long? CustodyFen,
    CustodyAccountStatus AccountStatus,
    bool? Met,
    long ShortfallFen,
    string Working,
    long? LastYearMainRevenueFen,
    bool SeriousDishonest)
{
    /// <summary>达标 / 不足 / 待核验.</summary>
    public string ComplianceLabel => Met switch { true => "达标", false => "不足", null => "待核验" };
}
