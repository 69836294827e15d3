using PrepaidPlatform.Custody;
using PrepaidPlatform.Reporting.Application;
using PrepaidPlatform.Reporting.Domain;

namespace PrepaidPlatform.Reporting.Tests.Rules;

/// <summary>The rules of 数据填报 (SPEC R1–R3, the manual's 提示(1)–(3)) on real calendar dates, without the database.</summary>
public sealed class ReportingRulesTests
{
    private static readonly ReportPeriod Q4Of2025 = new(2025, 4), Q1Of2026 = new(2026, 1), Q2Of2026 = new(2026, 2);
    private static readonly DateOnly ApprovedOn = new(2025, 11, 20);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static Dictionary<ReportPeriod, ReportStatus> Filed(params (ReportPeriod Period, ReportStatus Status)[] reports) =>
        reports.ToDictionary(r => r.Period, r => r.Status);

    /// <summary>The manual's example figures in 分: 预收资金 5000, 余额 3000, quarter sales 200, consumption/refund/returns 150 each.</summary>
    private static ReportFigures Figures(long total = 500_000, long balance = 300_000, long quarter = 20_000, long consumption = 15_000, long refund = 15_000, long cardReturn = 15_000) =>
        new(total, balance, 20, quarter, 5, consumption, refund, cardReturn);

    [Fact]
    public void Periods_start_with_the_quarter_of_the_first_approval_and_end_with_the_last_ended_quarter()
    {
        ReportingRules.PeriodsToDate(ApprovedOn, D(2026, 4, 1)).ShouldBe([Q4Of2025, Q1Of2026]);
        // On the quarter's last day it has not ended: 2026 Q1 is not yet a period.
        ReportingRules.PeriodsToDate(ApprovedOn, D(2026, 3, 31)).ShouldBe([Q4Of2025]);
        ReportingRules.PeriodsToDate(ApprovedOn, D(2025, 12, 31)).ShouldBeEmpty();
    }

    [Fact]
    public void A_period_is_labelled_as_in_the_manual_and_spans_its_calendar_quarter()
    {
        new ReportPeriod(2023, 1).Label.ShouldBe("2023年1季度数据");
        Q4Of2025.Start.ShouldBe(D(2025, 10, 1));
        Q4Of2025.End.ShouldBe(D(2025, 12, 31));
        Q1Of2026.End.ShouldBe(D(2026, 3, 31));
        Q1Of2026.Previous.ShouldBe(Q4Of2025);
        Q4Of2025.Next.ShouldBe(Q1Of2026);
    }

    [Fact]
    public void Shanghai_reports_are_due_on_the_25th_of_the_month_after_the_quarter()
    {
        ReportingRules.ShanghaiDeadline(Q4Of2025, 25).ShouldBe(D(2026, 1, 25));
        ReportingRules.ShanghaiDeadline(Q1Of2026, 25).ShouldBe(D(2026, 4, 25));
    }

    [Fact]
    public void An_unfiled_period_is_due_through_its_deadline_and_overdue_the_day_after()
    {
        var deadline = D(2026, 1, 29);
        ReportingRules.StatusOf(null, deadline, deadline).ShouldBe(PeriodStatus.Due);
        ReportingRules.StatusOf(null, deadline, deadline.AddDays(1)).ShouldBe(PeriodStatus.Overdue);
        ReportingRules.StatusOf(ReportStatus.Pending, deadline, deadline.AddDays(30)).Label().ShouldBe("待核对");
        ReportingRules.StatusOf(ReportStatus.Returned, deadline, deadline).Label().ShouldBe("已退回");
        ReportingRules.StatusOf(ReportStatus.Accepted, deadline, deadline).Label().ShouldBe("已通过");
        PeriodStatus.Overdue.Label().ShouldBe("已超期");
        PeriodStatus.Due.Label().ShouldBe("待填报");
    }

    [Fact]
    public void No_report_before_the_quarter_has_ended()
    {
        ReportingRules.CheckPeriod(Q1Of2026, ApprovedOn, D(2026, 3, 31), true, Filed((Q4Of2025, ReportStatus.Accepted)))
            .ShouldBe("不可提前报送：2026年1季度数据自 2026-04-01 起方可填报。");
        ReportingRules.CheckPeriod(Q1Of2026, ApprovedOn, D(2026, 4, 1), true, Filed((Q4Of2025, ReportStatus.Accepted))).ShouldBeNull();
    }

    [Fact]
    public void No_period_is_skipped_an_overdue_one_is_filed_before_the_current_one()
    {
        // 2026-02-10: the 2025 Q4 window is over (29 January), the operator never filed; now 2026 Q2 is open too.
        ReportingRules.CheckPeriod(Q1Of2026, ApprovedOn, D(2026, 4, 2), true, Filed())
            .ShouldBe("须按上报周期依次上报：请先补报2025年4季度数据，再报送2026年1季度数据。");
        ReportingRules.CheckPeriod(Q2Of2026, ApprovedOn, D(2026, 7, 2), true, Filed((Q4Of2025, ReportStatus.Pending)))
            .ShouldBe("须按上报周期依次上报：请先补报2026年1季度数据，再报送2026年2季度数据。");
        ReportingRules.CheckPeriod(Q4Of2025, ApprovedOn, D(2026, 4, 2), true, Filed()).ShouldBeNull();
    }

    [Fact]
    public void A_filed_period_is_not_filed_twice_but_a_returned_one_is_filed_again()
    {
        ReportingRules.CheckPeriod(Q4Of2025, ApprovedOn, D(2026, 1, 10), true, Filed((Q4Of2025, ReportStatus.Pending)))
            .ShouldBe("2025年4季度数据已报送（待核对），不可重复报送。");
        ReportingRules.CheckPeriod(Q4Of2025, ApprovedOn, D(2026, 1, 10), true, Filed((Q4Of2025, ReportStatus.Accepted)))
            .ShouldBe("2025年4季度数据已报送（已通过），不可重复报送。");
        ReportingRules.CheckPeriod(Q4Of2025, ApprovedOn, D(2026, 1, 10), true, Filed((Q4Of2025, ReportStatus.Returned))).ShouldBeNull();
    }

    [Fact]
    public void A_quarter_before_the_first_approval_is_not_reported_and_a_bound_account_is_required()
    {
        ReportingRules.CheckPeriod(new ReportPeriod(2025, 3), ApprovedOn, D(2026, 1, 10), true, Filed())
            .ShouldBe("2025年3季度早于首次备案通过的季度（2025年4季度），无需填报。");
        ReportingRules.CheckPeriod(Q4Of2025, ApprovedOn, D(2026, 1, 10), false, Filed())
            .ShouldBe("数据填报时，须完成专用存管账户绑定：请先到【备案信息】中填写专用存管账户，备案通过后再填报。");
    }

    [Fact]
    public void Funds_to_date_are_the_previous_to_date_plus_the_quarters_sales()
    {
        var previous = Figures();
        ReportingRules.CheckFigures(Figures(total: 520_000, balance: 275_000), previous, null).ShouldBeEmpty();
        ReportingRules.CheckFigures(Figures(total: 530_000, balance: 275_000), previous, "测试").ShouldBe(
            ["预收资金应为上季度预收资金 5,000.00 元加季度预收资金 200.00 元，即 5,200.00 元，填报为 5,300.00 元。"]);
    }

    [Fact]
    public void The_balance_never_exceeds_the_funds_to_date()
    {
        ReportingRules.CheckFigures(Figures(total: 500_000, balance: 500_001), null, null).ShouldBe(
            ["预收资金余额 5,000.01 元不能大于预收资金 5,000.00 元：余额是预收资金扣减已兑付产品或服务价款后的余额。"]);
        ReportingRules.CheckFigures(Figures(total: 10_000, quarter: 20_000, balance: 5_000), null, null).ShouldBe(
            ["预收资金（自经营以来截至季度末的累计售卡金额）不能小于季度预收资金。"]);
    }

    [Fact]
    public void The_balance_follows_from_the_previous_quarter_or_the_operator_explains_the_difference()
    {
        var previous = Figures();
        // 3000 + 200 − 150 − 150 − 150 = 2750 元; 2760 is 10 元 off.
        var off = Figures(total: 520_000, balance: 276_000);
        ReportingRules.CheckFigures(off, previous, null).ShouldBe(
            ["预收资金余额与上季度不衔接：上季度余额 3,000.00 元 + 季度预收资金 200.00 元 − 季度消费金额 150.00 元 − 季度退款金额 150.00 元 − 季度退卡金额 150.00 元 = 2,750.00 元，填报为 2,760.00 元。请核对，或在“差异说明”中说明原因。"]);
        ReportingRules.CheckFigures(off, previous, "  ").Count.ShouldBe(1);
        ReportingRules.CheckFigures(off, previous, "季度末一笔预付款到账延迟入账（测试）").ShouldBeEmpty();
        ReportingRules.CheckFigures(off, previous, new string('说', 501)).ShouldBe(["差异说明不能超过 500 个字。"]);
    }

    [Fact]
    public void Custody_below_the_share_returns_the_report_with_the_figures_of_the_manual()
    {
        // The manual's 存管账单 row: 存管金额 119,900.00 against 40% of 345,100.00 = 138,040.00 (34.7%).
        var below = new QuarterEndCustody(11_990_000, 0.40m, 13_804_000, 0);
        ReportingRules.AutoReturnReason(below, 34_510_000)
            .ShouldBe("存管金额 119,900.00 元，低于预收资金余额 345,100.00 元的 40%（138,040.00 元）");
        ReportingRules.AutoReturnReason(below with { CustodyFen = 13_804_000 }, 34_510_000).ShouldBeNull();
        ReportingRules.AutoReturnReason(below with { CustodyFen = 13_803_999 }, 34_510_000).ShouldNotBeNull();
        // No statement by the quarter's end: nothing to compare, the district decides.
        ReportingRules.AutoReturnReason(below with { CustodyFen = null }, 34_510_000).ShouldBeNull();
    }

    [Fact]
    public void An_insurance_offset_lowers_what_custody_must_hold_and_the_reason_says_so()
    {
        var offset = new QuarterEndCustody(11_990_000, 0.40m, 13_804_000, 1_000_000);
        ReportingRules.AutoReturnReason(offset, 34_510_000).ShouldBe(
            "存管金额 119,900.00 元，低于预收资金余额 345,100.00 元的 40%（138,040.00 元），扣除履约保证保险 10,000.00 元后应存管 128,040.00 元");
        ReportingRules.AutoReturnReason(offset with { OffsetFen = 2_000_000 }, 34_510_000).ShouldBeNull();
    }
}
