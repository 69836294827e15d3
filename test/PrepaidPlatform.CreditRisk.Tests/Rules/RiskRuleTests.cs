using PrepaidPlatform.CreditRisk.Application;
using PrepaidPlatform.CreditRisk.Domain;
using PrepaidPlatform.CreditRisk.Rules;
using PrepaidPlatform.Platform.Risk;

namespace PrepaidPlatform.CreditRisk.Tests.Rules;

/// <summary>The rule language and the evaluation: each colour with its reasons and records, the barred mark, located parse errors.</summary>
public sealed class RiskRuleTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly DateTime Now = new(2026, 12, 6, 4, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Operator = Guid.NewGuid();

    private static IReadOnlyList<CompiledRule> Defaults() =>
        RiskRules.Defaults.Select(d => new CompiledRule(new RiskRule(Guid.NewGuid(), 0, d.Name, d.Condition, d.Colour, d.PublicText), RuleCondition.Parse(d.Condition))).ToList();

    private static CreditRecord Record(CreditClass c, string type, DateOnly on, DateOnly? endsOn = null) =>
        new(Guid.NewGuid(), null, Operator, "91110107MA01AB2C3C", "演示企业2", c, type, "市场监管局", on, "R-" + Guid.NewGuid().ToString("N"), endsOn, null, CreditChannel.Api, null, Now);

    [Fact]
    public void No_records_is_green_without_reasons()
    {
        var outcome = RiskEvaluation.Evaluate(Defaults(), [], null, Today, Now);
        outcome.Colour.ShouldBe(RiskColour.Green);
        outcome.Reasons.ShouldBeEmpty();
        outcome.Barred.ShouldBeFalse();
    }

    [Fact]
    public void Abnormal_operation_is_yellow_names_its_record_and_bars_issuing()
    {
        var record = Record(CreditClass.Negative, CreditClasses.AbnormalOperation, Today.AddDays(-3));
        var outcome = RiskEvaluation.Evaluate(Defaults(), [record], null, Today, Now);
        outcome.Colour.ShouldBe(RiskColour.Yellow);
        var reason = outcome.Reasons.ShouldHaveSingleItem();
        reason.Rule.ShouldBe("经营异常名录");
        reason.PublicText.ShouldBe("该经营者被列入经营异常名录");
        reason.RecordIds.ShouldBe([record.Id]);
        outcome.Barred.ShouldBeTrue();
    }

    [Fact]
    public void A_record_that_ended_no_longer_counts()
    {
        var ended = Record(CreditClass.Negative, CreditClasses.AbnormalOperation, Today.AddDays(-30), Today.AddDays(-1));
        var outcome = RiskEvaluation.Evaluate(Defaults(), [ended], null, Today, Now);
        outcome.Colour.ShouldBe(RiskColour.Green);
        outcome.Barred.ShouldBeFalse();
    }

    [Fact]
    public void Complaints_turn_yellow_only_from_three_in_ninety_days()
    {
        var old = Record(CreditClass.Complaint, CreditClasses.PrepaidComplaint, Today.AddDays(-120));
        var two = new[] { Record(CreditClass.Complaint, CreditClasses.PrepaidComplaint, Today.AddDays(-5)), Record(CreditClass.Complaint, CreditClasses.PrepaidComplaint, Today.AddDays(-6)) };
        RiskEvaluation.Evaluate(Defaults(), [old, .. two], null, Today, Now).Colour.ShouldBe(RiskColour.Green);

        var third = Record(CreditClass.Complaint, CreditClasses.PrepaidComplaint, Today);
        var outcome = RiskEvaluation.Evaluate(Defaults(), [old, .. two, third], null, Today, Now);
        outcome.Colour.ShouldBe(RiskColour.Yellow);
        outcome.Reasons.Single().RecordIds.Count.ShouldBe(3);
        outcome.Reasons.Single().RecordIds.ShouldNotContain(old.Id);
    }

    [Fact]
    public void Judgment_defaulter_is_red_and_the_worst_colour_wins_with_every_reason_listed()
    {
        var arrears = Record(CreditClass.Tax, "欠缴水费", Today.AddDays(-10));
        var defaulter = Record(CreditClass.Negative, CreditClasses.JudgmentDefaulter, Today.AddDays(-2));
        var outcome = RiskEvaluation.Evaluate(Defaults(), [arrears, defaulter], null, Today, Now);
        outcome.Colour.ShouldBe(RiskColour.Red);
        outcome.Reasons.Select(r => r.Rule).ShouldBe(["失信被执行人", "欠缴税费"]);
        outcome.Reasons[0].RecordIds.ShouldBe([defaulter.Id]);
        outcome.Barred.ShouldBeTrue();
    }

    [Fact]
    public void Serious_dishonesty_is_black_and_listed_for_custody()
    {
        var record = Record(CreditClass.Negative, CreditClasses.SeriousDishonest, Today);
        var outcome = RiskEvaluation.Evaluate(Defaults(), [record], null, Today, Now);
        outcome.Colour.ShouldBe(RiskColour.Black);
        outcome.SeriousDishonest.ShouldBeTrue();
        outcome.SeriousDishonestRecord.ShouldBe(record);
        outcome.Reasons.Single().PublicText.ShouldBe("该经营者被列入严重失信主体名单");
    }

    [Fact]
    public void Custody_short_turns_red_only_after_thirty_days()
    {
        var fact = new CustodyFact(Operator, null, "91110107MA01AB2C3C");
        fact.Apply(compliant: false, 1_814_000, Now.AddDays(-30));
        RiskEvaluation.Evaluate(Defaults(), [], fact, Today, Now).Colour.ShouldBe(RiskColour.Green);

        var outcome = RiskEvaluation.Evaluate(Defaults(), [], fact, Today, Now.AddDays(1).AddMinutes(1));
        outcome.Colour.ShouldBe(RiskColour.Red);
        outcome.Reasons.Single().Detail.ShouldContain("存管不足 31 天");
        outcome.Reasons.Single().Detail.ShouldContain("18,140.00 元");

        fact.Apply(compliant: true, 0, Now);
        RiskEvaluation.Evaluate(Defaults(), [], fact, Today, Now.AddDays(2)).Colour.ShouldBe(RiskColour.Green);
    }

    [Fact]
    public void Conditions_combine_with_and_or_and_parentheses()
    {
        var facts = new Dictionary<string, int> { ["经营异常名录"] = 1, ["90天投诉"] = 2 };
        RuleCondition.Parse("经营异常名录 >= 1 且 90天投诉 >= 2").Holds(facts).ShouldBeTrue();
        RuleCondition.Parse("经营异常名录 >= 1 且 90天投诉 >= 3").Holds(facts).ShouldBeFalse();
        RuleCondition.Parse("(失信被执行人 >= 1 或 90天投诉 > 1) and 欠费 = 0").Holds(facts).ShouldBeTrue();
        RuleCondition.Parse("行政处罚 != 0 or 股权冻结 ≥ 1").Holds(facts).ShouldBeFalse();
    }

    [Fact]
    public void A_quarterly_report_overdue_beyond_one_period_is_red_with_its_reason()
    {
        RiskEvaluation.Evaluate(Defaults(), [], null, Today, Now, Reporting(overdue: 1)).Colour.ShouldBe(RiskColour.Green);

        var outcome = RiskEvaluation.Evaluate(Defaults(), [], null, Today, Now, Reporting(overdue: 2));
        outcome.Colour.ShouldBe(RiskColour.Red);
        var reason = outcome.Reasons.ShouldHaveSingleItem();
        (reason.Rule, reason.PublicText).ShouldBe(("季度数据逾期未报", "季度数据逾期未报超过一个上报周期"));
        reason.Detail.ShouldBe("逾期未报 2 期（最早为 2026年2季度）");
        reason.On.ShouldBe(new DateOnly(2026, 6, 30));
        reason.RecordIds.ShouldBeEmpty();
    }

    [Fact]
    public void A_report_returned_twice_is_yellow_with_its_reason()
    {
        RiskEvaluation.Evaluate(Defaults(), [], null, Today, Now, Reporting(returns: 1)).Colour.ShouldBe(RiskColour.Green);

        var outcome = RiskEvaluation.Evaluate(Defaults(), [], null, Today, Now, Reporting(returns: 2));
        outcome.Colour.ShouldBe(RiskColour.Yellow);
        var reason = outcome.Reasons.ShouldHaveSingleItem();
        (reason.Rule, reason.PublicText).ShouldBe(("季度数据多次退回", "近四个季度的季度数据报告被退回2次及以上"));
        reason.Detail.ShouldBe("近4个季度的报告被退回 2 次（最近一次 2026-11-03）");
        reason.On.ShouldBe(new DateOnly(2026, 11, 3));
    }

    [Fact]
    public void Reporting_facts_combine_in_a_city_rule()
    {
        var rule = RuleCondition.Parse("逾期未报期数 >= 1 且 退回次数 >= 1");
        rule.Holds(new Dictionary<string, int> { ["逾期未报期数"] = 1, ["退回次数"] = 1 }).ShouldBeTrue();
        rule.Holds(new Dictionary<string, int> { ["逾期未报期数"] = 1 }).ShouldBeFalse();
    }

    private static ReportingRiskFact Reporting(int overdue = 0, int returns = 0) => new(
        Operator, null, "91110107MA01AB2C3C", overdue, overdue > 0 ? new DateOnly(2026, 6, 30) : null, returns,
        returns > 0 ? new DateTime(2026, 11, 3, 2, 0, 0, DateTimeKind.Utc) : null, null);

    [Theory]
    [InlineData("", "条件为空")]
    [InlineData("失信人 >= 1", "第 1 个字符处：未知的事实“失信人”")]
    [InlineData("失信被执行人 1", "第 8 个字符处：此处应为比较符号")]
    [InlineData("失信被执行人 >= x", "第 11 个字符处：此处应为不超过 9 位的非负整数")]
    [InlineData("(欠费 >= 1", "缺少右括号")]
    [InlineData("欠费 >= 1 欠费 >= 2", "第 9 个字符处：多余的内容")]
    [InlineData("System.IO.File.Delete(\"x\")", "未知的事实“System”")]
    public void A_condition_that_does_not_parse_is_refused_with_its_position(string condition, string expected)
    {
        RuleCondition.Check(condition).ShouldNotBeNull().ShouldContain(expected);
        RiskRules.Validate("测试", condition, "黄码", "测试").ShouldContainKey("Condition");
    }

    [Fact]
    public void A_rule_needs_a_known_colour_and_a_public_text()
    {
        var errors = RiskRules.Validate("测试", "欠费 >= 1", "紫码", " ");
        errors.Keys.ShouldBe(["Colour", "PublicText"], ignoreOrder: true);
        RiskRules.Validate("测试", "欠费 >= 1", "黄码", "有欠费").ShouldBeEmpty();
    }
}
