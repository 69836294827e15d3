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
        // One round trip for the records and the code (the public filing code calls this on every scan, issue 14): the
        // records' rows, then the code's row if there is one, told apart by the code's colour.
        ProfileRow? code = null;
        var counts = new int[5];
        await foreach (var r in Rows(db, operatorUserId).WithCancellation(cancellationToken))
        {
            if (r.Colour is not null)
            {
                code = r;
                continue;
            }

            var inForce = r.EndsOn is null || r.EndsOn >= today;
            var slot = r switch
            {
                { Class: CreditClass.Complaint } when r.OccurredOn!.Value > today.AddDays(-Rules.RuleFacts.ComplaintWindowDays) => 4,
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

        var reasons = code?.ReasonsJson is { } json ? RiskCodes.Reasons(json) : [];
        return new PublicRiskProfile(
            IndicatorNames.Select((n, i) => new PublicRiskIndicator(n, counts[i])).ToList(),
            RiskColours.Name(code?.Colour ?? RiskColour.Green),
            reasons.OrderByDescending(r => r.On).Select(r => new PublicIntelligence(r.On, r.PublicText)).ToList());
    }

    // Compiled once: EF's per-query expression work was a visible share of the public page's CPU.
    private static readonly Func<PlatformDbContext, Guid, IAsyncEnumerable<ProfileRow>> Rows = EF.CompileAsyncQuery(
        (PlatformDbContext db, Guid operatorUserId) =>
            db.Set<CreditRecord>().AsNoTracking().Where(r => r.OperatorUserId == operatorUserId)
                .Select(r => new ProfileRow { Class = r.Class, Type = r.Type, OccurredOn = r.OccurredOn, EndsOn = r.EndsOn, Colour = null, ReasonsJson = null })
                .Concat(db.Set<OperatorRiskCode>().AsNoTracking().Where(c => c.OperatorUserId == operatorUserId)
                    .Select(c => new ProfileRow { Class = null, Type = null, OccurredOn = null, EndsOn = null, Colour = c.Colour, ReasonsJson = c.ReasonsJson })));

    /// <summary>A record's counted facts, or the code's colour and reasons (<see cref="Colour"/> set).</summary>
    private sealed class ProfileRow
    {
        public CreditClass? Class { get; init; }

        public string? Type { get; init; }

        public DateOnly? OccurredOn { get; init; }

        public DateOnly? EndsOn { get; init; }

        public RiskColour? Colour { get; init; }

        public string? ReasonsJson { get; init; }
    }
}
