using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Timing;

namespace PrepaidPlatform.Custody.Application;

/// <summary>One institution's line in the yearly evaluation, scores out of 100.</summary>
internal sealed record EvaluationRow(
    int Rank, Guid InstitutionId, string Name, InstitutionKind Kind, int ExpectedDays, int MissingDays, int Records, int Refused, int Complaints,
    decimal TimelinessScore, decimal AccuracyScore, decimal ComplaintScore, decimal Total);

/// <summary>
/// 年度评价 of 存管银行 and 保险机构 (SPEC C, item 6) over an evaluation year, 1 July to 30 June in Beijing days. The rules
/// are stated on the page in the same words (<see cref="Rules"/>):
/// 及时性 = days with at least one delivery ÷ days it should have delivered (every Beijing day from its registration or
/// 1 July, whichever is later, to 30 June or yesterday, whichever is earlier) × 100;
/// 准确性 = (1 − refused records ÷ all records delivered) × 100, 0 when it delivered nothing;
/// 投诉 = 100 − 10 per complaint received in the year, not below 0;
/// 综合得分 = 40% 及时性 + 40% 准确性 + 20% 投诉, ranked within each kind, ties by name.
/// </summary>
internal sealed class CustodyEvaluation(PlatformDbContext db, IClock clock)
{
    public const decimal TimelinessWeight = 0.4m, AccuracyWeight = 0.4m, ComplaintWeight = 0.2m;
    public const int PointsPerComplaint = 10;

    public static readonly IReadOnlyList<string> Rules =
    [
        "评价年度为当年7月1日至次年6月30日（北京时间）。",
        "及时性：有报送的天数 ÷ 应报送天数 × 100。应报送天数为评价年度内自机构登记之日（或7月1日）起至6月30日（或昨日）止的每一天；某日未收到该机构任何报送，即计为未报送一天。",
        "准确性：（1 − 被拒绝记录数 ÷ 报送记录总数）× 100；全年未报送任何记录的计0分。",
        "投诉：100 − 每件投诉10分，最低0分，按投诉日期计入评价年度。",
        "综合得分 = 及时性 × 40% + 准确性 × 40% + 投诉 × 20%，存管银行与保险机构分别排名。",
    ];

    private static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    /// <summary>The evaluation year that contains the given Beijing day (2026-03-31 → 2025, i.e. 2025-07-01 to 2026-06-30).</summary>
    public static int YearOf(DateOnly day) => day.Month >= 7 ? day.Year : day.Year - 1;

    public static (DateOnly First, DateOnly Last) Span(int year) => (new DateOnly(year, 7, 1), new DateOnly(year + 1, 6, 30));

    public async Task<IReadOnlyList<EvaluationRow>> RankAsync(int year, CancellationToken cancellationToken)
    {
        var (first, last) = Span(year);
        var yesterday = clock.TodayInShanghai.AddDays(-1);
        var end = last < yesterday ? last : yesterday;
        var startUtc = Utc(first);
        var endUtc = Utc(last.AddDays(1));
        var institutions = await db.Set<CustodyInstitution>().AsNoTracking().Where(i => i.CreatedAtUtc < endUtc).ToListAsync(cancellationToken);
        var deliveries = await db.Set<CustodyDelivery>().AsNoTracking()
            .Where(d => d.ReceivedAtUtc >= startUtc && d.ReceivedAtUtc < endUtc)
            .Select(d => new { d.InstitutionId, d.ReceivedAtUtc, Records = d.Accepted + d.Duplicates + d.Refused, d.Refused })
            .ToListAsync(cancellationToken);
        var complaints = await db.Set<CustodyComplaint>().AsNoTracking()
            .Where(c => c.ReceivedOn >= first && c.ReceivedOn <= last)
            .GroupBy(c => c.InstitutionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        var rows = institutions.Select(i =>
        {
            var registered = DateOnly.FromDateTime(i.CreatedAtUtc + ShanghaiOffset);
            var start = registered > first ? registered : first;
            var expected = Math.Max(0, end.DayNumber - start.DayNumber + 1);
            var own = deliveries.Where(d => d.InstitutionId == i.Id).ToList();
            var deliveredDays = own.Select(d => DateOnly.FromDateTime(d.ReceivedAtUtc + ShanghaiOffset))
                .Where(d => d >= start && d <= end).Distinct().Count();
            var records = own.Sum(d => d.Records);
            var refused = own.Sum(d => d.Refused);
            var complaintCount = complaints.GetValueOrDefault(i.Id);
            var timeliness = expected == 0 ? 100m : Round(100m * deliveredDays / expected);
            var accuracy = records == 0 ? 0m : Round(100m * (records - refused) / records);
            var complaintScore = Math.Max(0, 100 - (PointsPerComplaint * complaintCount));
            var total = Round((timeliness * TimelinessWeight) + (accuracy * AccuracyWeight) + (complaintScore * ComplaintWeight));
            return new EvaluationRow(0, i.Id, i.Name, i.Kind, expected, expected - deliveredDays, records, refused, complaintCount, timeliness, accuracy, complaintScore, total);
        });

        return rows.GroupBy(r => r.Kind).OrderBy(g => g.Key)
            .SelectMany(g => g.OrderByDescending(r => r.Total).ThenBy(r => r.Name, StringComparer.Ordinal).Select((r, index) => r with { Rank = index + 1 }))
            .ToList();
    }

    private static DateTime Utc(DateOnly beijingDay) => beijingDay.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ShanghaiOffset;

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
