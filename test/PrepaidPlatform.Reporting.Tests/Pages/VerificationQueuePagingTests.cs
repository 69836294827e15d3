using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Reporting.Tests.Pages;

/// <summary>
/// The district's 数据核对 queue paged (issue 13 · Speed: a district's 全部 holds every quarter of thousands of operators, so
/// a page reads its keys off the index and then its rows): 全部 newest first, reports filed in the same instant in a fixed
/// order, every report of the district on exactly one page, none that never reached the district, none of another district.
/// </summary>
public sealed class VerificationQueuePagingTests
{
    private static readonly DateTime Filed = new(2026, 10, 10, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task All_pages_newest_first_each_report_once_and_only_the_districts_that_reached_it()
    {
        await using var host = new PlatformFactory();
        var dongcheng = (await host.UserAsync("reviewer110101")).TenantId!.Value;
        var haidian = (await host.UserAsync("reviewer110108")).TenantId!.Value;
        // 45 reports of Dongcheng (every third filed in the same minute as the one before), one returned at once (never
        // sent to the district), and 5 of Haidian.
        var reports = new List<QuarterlyReport>();
        for (var i = 0; i < 45; i++)
        {
            reports.Add(Report(dongcheng, Filed.AddMinutes(i - (i % 3 == 2 ? 1 : 0)), sent: true));
        }

        var neverSent = Report(dongcheng, Filed.AddHours(5), sent: false);
        var others = Enumerable.Range(0, 5).Select(i => Report(haidian, Filed.AddHours(6 + i), sent: true)).ToList();
        await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var city = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            db.AddRange(reports);
            db.AddRange(others);
            db.Add(neverSent);
            await db.SaveChangesAsync();
        });

        var pages = new List<VerificationPage>();
        for (var number = 1; number <= 3; number++)
        {
            pages.Add(await QueueAsync(host, dongcheng, VerificationFilter.All, number));
        }

        pages.Select(p => (p.Number, p.Count, p.Total, p.Rows.Count)).ShouldBe([(1, 3, 45, 20), (2, 3, 45, 20), (3, 3, 45, 5)]);
        // Keys compare as the databases store them: as text (hex digits sort alike in either case).
        var expected = reports.OrderByDescending(r => r.SubmittedAtUtc).ThenByDescending(r => r.Id.ToString(), StringComparer.OrdinalIgnoreCase).Select(r => r.Id).ToList();
        pages.SelectMany(p => p.Rows).Select(r => r.Report.Id).ShouldBe(expected);

        // 待核对 the other way round: oldest first, the same-minute ones by key.
        var pending = await QueueAsync(host, dongcheng, VerificationFilter.Pending, 2);
        pending.Rows.Select(r => r.Report.Id).ShouldBe(reports.OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id.ToString(), StringComparer.OrdinalIgnoreCase).Skip(20).Take(20).Select(r => r.Id));
    }

    private static QuarterlyReport Report(Guid district, DateTime filedAtUtc, bool sent)
    {
        var report = new QuarterlyReport(Guid.NewGuid(), district, Guid.NewGuid(), new ReportPeriod(2026, 3));
        report.File(new ReportFigures(50_000_000, 30_000_000, 20, 5_000_000, 5, 5_000_000, 0, 0), null, "【招商银行】6225********0001", 15_000_000, 12_000_000,
            sent ? null : "存管金额不足（测试）", filedAtUtc);
        if (sent)
        {
            report.AwaitVerification(Guid.NewGuid(), filedAtUtc.AddDays(5), "演示企业");
        }

        return report;
    }

    private static Task<VerificationPage> QueueAsync(PlatformFactory host, Guid district, VerificationFilter filter, int page) => host.InScopeAsync(async sp =>
    {
        using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
        return await sp.GetRequiredService<ReportVerification>().QueueAsync(filter, page, CancellationToken.None);
    });
}
