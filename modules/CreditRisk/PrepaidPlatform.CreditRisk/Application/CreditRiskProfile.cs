using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.CreditRisk.Application;

/// <summary>
/// <see cref="ICreditRiskProfile"/>: the five indicators count the operator's records in force (complaints: of the last
/// 90 days) — 预付经营风险: 税费 arrears, 股权冻结 and 严重失信主体; 基本信息风险: 经营异常名录 and 申请注销; 行政处罚;
/// 司法涉诉: 失信被执行人; 投诉异常: 12345 complaints — and the colour and 动态情报 are the stored code's.
/// </summary>
internal sealed class CreditRiskProfile(PlatformDbContext db, IDataFilter dataFilter, IClock clock) : ICreditRiskProfile
{
    public static readonly IReadOnlyList<string> IndicatorNames = ["预付经营风险", "基本信息风险", "行政处罚", "司法涉诉", "投诉异常"];

    public async Task<PublicRiskProfile> PublicAsync(Guid operatorUserId, CancellationToken cancellationToken = default)
    {
        using var anyDistrict = dataFilter.Disable<IMultiTenant>();
        var today = clock.TodayInShanghai;
        var records = await db.Set<CreditRecord>().AsNoTracking().Where(r => r.OperatorUserId == operatorUserId)
            .Select(r => new { r.Class, r.Type, r.OccurredOn, r.EndsOn }).ToListAsync(cancellationToken);
        var counts = new int[5];
        foreach (var r in records)
        {
            var inForce = r.EndsOn is null || r.EndsOn >= today;
            var slot = r switch
            {
                { Class: CreditClass.Complaint } when r.OccurredOn > today.AddDays(-Rules.RuleFacts.ComplaintWindowDays) => 4,
                { Class: CreditClass.Tax } when inForce => 0,
                { Type: CreditClasses.EquityFrozen or CreditClasses.SeriousDishonest } when inForce => 0,
                { Type: CreditClasses.AbnormalOperation or CreditClasses.Deregistering } when inForce => 1,
                { Type: CreditClasses.AdministrativePenalty } when inForce => 2,
                { Type: CreditClasses.JudgmentDefaulter } when inForce => 3,
                _ => -1,
            };
            if (slot >= 0)
            {
                counts[slot]++;
            }
        }

        var code = await db.Set<OperatorRiskCode>().AsNoTracking().FirstOrDefaultAsync(c => c.OperatorUserId == operatorUserId, cancellationToken);
        var reasons = code is null ? [] : RiskCodes.Reasons(code.ReasonsJson);
        return new PublicRiskProfile(
            IndicatorNames.Select((n, i) => new PublicRiskIndicator(n, counts[i])).ToList(),
            RiskColours.Name(code?.Colour ?? RiskColour.Green),
            reasons.OrderByDescending(r => r.On).Select(r => new PublicIntelligence(r.On, r.PublicText)).ToList());
    }
}
