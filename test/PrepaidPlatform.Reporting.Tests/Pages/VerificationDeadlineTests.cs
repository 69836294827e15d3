using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Tests.Pages;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Reporting.Tests.Pages.ReportingArrangement;

namespace PrepaidPlatform.Reporting.Tests.Pages;

/// <summary>
/// 核对时限 (SPEC R4): the district has 3 working days on the platform calendar from the filing; after them the report is
/// 已超时 in its queue. Its own host: the clock moves on here, which the other classes' sign-ins would not survive.
/// </summary>
public sealed class VerificationDeadlineTests(ArrangedPlatform factory) : IClassFixture<ArrangedPlatform>
{
    [Fact]
    public async Task A_report_waits_three_working_days_then_is_overdue_in_its_districts_queue()
    {
        var arrangement = await factory.OnceAsync(VerificationArrangement.FiledAsync);
        var report = (await ReportsAsync(factory)).Single(r => r.OperatorUserId == arrangement.UserId);
        var submitted = DateOnly.FromDateTime(report.SubmittedAtUtc.AddHours(8));
        var due = await factory.InScopeAsync(sp => sp.GetRequiredService<Platform.Timing.IWorkingDayCalendar>().AddWorkingDaysAsync(submitted, 3));
        DateOnly.FromDateTime(report.VerifyDueAtUtc!.Value.AddHours(8)).ShouldBeInRange(due, due.AddDays(1));

        (await QueueAsync(report.TenantId!.Value, VerificationFilter.Overdue)).Rows.ShouldBeEmpty();
        var pending = await QueueAsync(report.TenantId!.Value, VerificationFilter.Pending);
        pending.Rows.ShouldHaveSingleItem().Overdue.ShouldBeFalse();

        factory.Clock.SetUtcNow(new DateTimeOffset(report.VerifyDueAtUtc.Value.AddMinutes(1), TimeSpan.Zero));
        var overdue = await QueueAsync(report.TenantId!.Value, VerificationFilter.Overdue);
        var row = overdue.Rows.ShouldHaveSingleItem();
        (row.Report.Id, row.Overdue).ShouldBe((report.Id, true));
        // A page past the last shows the last (?p= beyond the count).
        (await QueueAsync(report.TenantId!.Value, VerificationFilter.All, 7)).Number.ShouldBe(1);

        // Another district's queue is empty.
        var haidian = await factory.UserAsync("reviewer110108");
        (await QueueAsync(haidian.TenantId!.Value, VerificationFilter.All)).Total.ShouldBe(0);
    }

    private Task<VerificationPage> QueueAsync(Guid district, VerificationFilter filter, int page = 1) => factory.InScopeAsync(async sp =>
    {
        using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
        return await sp.GetRequiredService<ReportVerification>().QueueAsync(filter, page, CancellationToken.None);
    });
}
