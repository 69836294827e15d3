using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Rules;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Domain;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Reporting.Tests.Rules;

/// <summary>数据期限 on the platform's seeded holiday calendar (Beijing) and by the 25th (Shanghai profile).</summary>
public sealed class ReportingScheduleTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private Task<DateOnly> DeadlineAsync(ReportPeriod period, RuleProfileKind? profile = null) =>
        factory.InScopeAsync(async sp =>
        {
            var rules = sp.GetRequiredService<IRuleProfile>();
            if (profile is { } kind)
            {
                rules = new FixedProfile((await rules.GetAsync()) with { Profile = kind });
            }

            return await new ReportingSchedule(rules, sp.GetRequiredService<IWorkingDayCalendar>()).DeadlineAsync(period, CancellationToken.None);
        });

    [Fact]
    public async Task The_2024_fourth_quarter_report_is_due_after_the_2025_Spring_Festival_break()
    {
        // 2 January … 27 January 2025 is 19 working days (Sunday 26 January worked); 28 January – 4 February is the
        // Spring Festival break; Wednesday 5 February is the 20th working day.
        (await DeadlineAsync(new ReportPeriod(2024, 4))).ShouldBe(new DateOnly(2025, 2, 5));
    }

    [Fact]
    public async Task The_2025_fourth_quarter_report_is_due_on_29_January_2026_after_the_New_Year_break()
    {
        (await DeadlineAsync(new ReportPeriod(2025, 4))).ShouldBe(new DateOnly(2026, 1, 29));
    }

    [Fact]
    public async Task The_2025_third_quarter_report_is_due_on_4_November_after_National_Day()
    {
        (await DeadlineAsync(new ReportPeriod(2025, 3))).ShouldBe(new DateOnly(2025, 11, 4));
    }

    [Fact]
    public async Task Under_the_Shanghai_profile_the_report_is_due_on_the_25th_whatever_the_holidays()
    {
        (await DeadlineAsync(new ReportPeriod(2024, 4), RuleProfileKind.Shanghai)).ShouldBe(new DateOnly(2025, 1, 25));
        (await DeadlineAsync(new ReportPeriod(2025, 3), RuleProfileKind.Shanghai)).ShouldBe(new DateOnly(2025, 10, 25));
    }

    /// <summary>The profile setting switched to another value for one computation.</summary>
    private sealed class FixedProfile(RuleFigures figures) : IRuleProfile
    {
        public Task<RuleFigures> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(figures);
    }
}
